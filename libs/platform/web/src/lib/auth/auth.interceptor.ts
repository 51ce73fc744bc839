import type {
  HttpEvent,
  HttpHandlerFn,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { catchError, switchMap, throwError } from 'rxjs';
import { AccessTokenStorage } from './access-token.storage';
import { TokenRefresher } from './token-refresher';

const API_PREFIX = '/api/';
/** Routes that authenticate by body or cookie: no bearer token, no refresh-and-retry. */
const PUBLIC_AUTH_PATHS: readonly string[] = [
  '/api/auth/login',
  '/api/auth/register',
  '/api/auth/refresh',
];
const LOGOUT_PATH = '/api/auth/logout';
const UNAUTHORIZED = 401;

/**
 * The path of a request to our own API, or null: only same-origin URLs under /api/ count, so
 * the token never leaves for another host that happens to have an /api path.
 */
function apiPathOf(url: string, baseUri: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, baseUri);
  } catch {
    return null;
  }
  const sameOrigin = parsed.origin === new URL(baseUri).origin;
  return sameOrigin && parsed.pathname.startsWith(API_PREFIX) ? parsed.pathname : null;
}

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

function isUnauthorized(error: unknown): error is HttpErrorResponse {
  return error instanceof HttpErrorResponse && error.status === UNAUTHORIZED;
}

/**
 * Adds `Authorization: Bearer <token>` to /api requests. On a 401 it refreshes the access
 * token once (concurrent requests share one refresh) and retries the request with the new
 * token; if the refresh fails, `TokenRefresher` expires the session and the error propagates.
 */
export const authInterceptor: HttpInterceptorFn = (
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
): Observable<HttpEvent<unknown>> => {
  const path = apiPathOf(req.url, inject(DOCUMENT).baseURI);
  if (path === null || PUBLIC_AUTH_PATHS.includes(path)) {
    return next(req);
  }
  const tokens = inject(AccessTokenStorage);
  const refresher = inject(TokenRefresher);

  return next(withToken(req, tokens.token())).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error) || path === LOGOUT_PATH) {
        return throwError(() => error);
      }
      return refresher.refresh().pipe(switchMap((token) => next(withToken(req, token))));
    }),
  );
};
