export * from './lib/platform-api-testing.module';
