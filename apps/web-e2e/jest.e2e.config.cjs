// Named jest.e2e.config.cjs, not jest.config.*, so @nx/jest/plugin infers no `test` target:
// these browser tests run only through `nx e2e web-e2e` (npm run e2e), never in `npm test`.
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/global-setup.cjs',
  globalTeardown: '<rootDir>/global-teardown.cjs',
  // One server, one browser at a time: the machine has two cores.
  maxWorkers: 1,
  testTimeout: 60_000,
};
