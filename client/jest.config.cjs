// Jest for the SPA: jsdom, TypeScript/TSX through @swc/jest (CommonJS output,
// since the package is ESM but jest's ESM mode is experimental), the shared
// domain rules compiled from source as in Vite, and CSS imports stubbed.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // marked ships ESM only: let @swc/jest compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/marked@[^/]+/node_modules/)?marked/)'],
  moduleNameMapper: {
    '^@support/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
};
