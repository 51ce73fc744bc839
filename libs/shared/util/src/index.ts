export * from './lib/shared-util';
