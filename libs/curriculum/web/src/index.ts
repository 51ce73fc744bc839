export * from './lib/curriculum.routes';
export * from './lib/data-access/curriculum.api';
