export * from './lib/credentials.entities';
export * from './lib/credentials.module';
export * from './lib/credentials.facade';
export * from './lib/credentials.config';
export * from './lib/verification-code';
