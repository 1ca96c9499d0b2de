/** Server tests: unit and integration (real HTTP, WebSocket and database). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@support/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
};
