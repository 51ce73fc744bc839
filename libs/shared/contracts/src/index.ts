export * from './lib/common';
export * from './lib/identity';
export * from './lib/permissions';
export * from './lib/audit-events';
export * from './lib/ce';
export * from './lib/curriculum';
export * from './lib/assessment';
export * from './lib/roleplay';
