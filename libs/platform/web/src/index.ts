export * from './lib/platform-web/platform-web.component';
