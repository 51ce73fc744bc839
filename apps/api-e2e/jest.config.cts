/* API tests over real HTTP (supertest) against the real AppModule on real PostgreSQL. */
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/../../libs/platform/api-testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/../../libs/platform/api-testing/src/global-teardown.mjs',
  setupFiles: ['<rootDir>/../../libs/platform/api-testing/src/setup-env.ts'],
  testTimeout: 30000,
  coverageDirectory: '../../coverage/apps/api-e2e',
};
