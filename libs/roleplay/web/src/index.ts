export * from './lib/roleplay-web/roleplay-web.component';
