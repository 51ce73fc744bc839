export * from './lib/platform-api.module';
