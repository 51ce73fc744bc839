export * from './lib/data-access/identity.api';
export * from './lib/data-access/session.store';
export * from './lib/data-access/provide-identity';
export * from './lib/data-access/role-labels';
export * from './lib/data-access/return-url';
export * from './lib/guards/guards';
export * from './lib/identity.routes';
