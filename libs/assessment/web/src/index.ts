export * from './lib/assessment.routes';
export * from './lib/data-access/assessment.api';
