export * from './lib/curriculum-api.module';
