export * from './lib/ce-hours';
