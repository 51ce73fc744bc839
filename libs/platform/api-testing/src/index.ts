export * from './lib/test-database';
export * from './lib/schema-drift';
