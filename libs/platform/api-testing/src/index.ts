export * from './lib/test-database';
export * from './lib/schema-drift';
export * from './lib/pdf-text';
