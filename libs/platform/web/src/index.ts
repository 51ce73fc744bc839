export * from './lib/auth/access-token.storage';
export * from './lib/auth/auth-session-handler';
export * from './lib/auth/token-refresher';
export * from './lib/auth/auth.interceptor';
export * from './lib/errors/api-error';
