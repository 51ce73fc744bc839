/*
 * Fault tests (`npm run test:faults`, not part of `nx test api-e2e`): the built API as child
 * processes on a PostgreSQL the tests stop and start, and two replicas on one database.
 * One file at a time: each starts its own servers and loads the 2-core machine.
 */
module.exports = {
  displayName: 'api-faults',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/faults/**/*.faults-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  setupFiles: ['<rootDir>/../../libs/platform/api-testing/src/setup-env.ts'],
  maxWorkers: 1,
  testTimeout: 300000,
};
