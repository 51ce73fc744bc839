export * from './lib/credentials.routes';
export * from './lib/data-access/credentials.api';
