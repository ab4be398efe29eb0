// ts-jest in ESM mode: the bundled actions are ESM, and @actions/core 3 and Octokit 22 are ESM-only.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  reporters: ['default', '<rootDir>/test/support/count-reporter.cjs'],
  // One temporary directory per run, removed at the end (test/support/temp-root-*.cjs).
  globalSetup: '<rootDir>/test/support/temp-root-setup.cjs',
  globalTeardown: '<rootDir>/test/support/temp-root-teardown.cjs',
  testTimeout: 30000,
};
