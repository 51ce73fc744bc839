export * from './lib/roleplay.routes';
export * from './lib/data-access/roleplay.api';
