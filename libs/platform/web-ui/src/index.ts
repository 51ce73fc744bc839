export * from './lib/platform-web-ui/platform-web-ui.component';
