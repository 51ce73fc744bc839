export * from './lib/attempt/grading';
export * from './lib/statistics/item-statistics';
