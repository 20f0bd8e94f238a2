// One jest run covers every package's unit tests and the cross-package tests in test/.
// Packages are ESM (p-memoize is ESM only), so ts-jest runs in ESM mode and workspace
// imports resolve to sources: tests never depend on a stale build.
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  // Fails any test whose console or stdout/stderr output contains a secret seen on the wire.
  setupFilesAfterEnv: ['<rootDir>/test/support/secretsCheck.ts'],
  moduleNameMapper: {
    '^@stskit/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^@stskit/sts/protocol$': '<rootDir>/packages/sts/src/protocol/constants.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/packages/*/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.integ\\.spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'integ',
      testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/packages/*/test/**/*.integ.spec.ts'],
    },
  ],
};
