/**
 * A returnUrl is only followed when it is a path inside this app: it must start with one `/`
 * (not `//host` or `/\host`) and must not lead back to the sign-in pages.
 */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  if (url === '/' || url.startsWith('/login') || url.startsWith('/register')) return null;
  return url;
}
