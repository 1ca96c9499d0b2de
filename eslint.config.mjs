// ESLint 9 flat config for the whole workspace (`pnpm exec eslint .`).
// Type-aware rules are left off on purpose: `pnpm -r run typecheck` already
// runs tsc, and the syntactic rules keep lint fast.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    'data/',
    'artifacts/',
    'client/src/gql/',
    '**/*.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'support/all',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // The TypeScript version of the rule replaces the core one, for .js files too.
      'no-unused-vars': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'warn',
    },
  },

  {
    name: 'support/node',
    // Everything but the SPA's own code runs on Node (client/*.ts are build configs).
    files: [
      'server/**',
      'shared/**',
      'scripts/**',
      '*.{js,mjs,cjs,ts}',
      'client/*.{js,mjs,cjs,ts}',
    ],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'support/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  {
    name: 'support/scripts',
    // Command-line tools talk to the terminal.
    files: ['scripts/**', 'server/scripts/**'],
    rules: { 'no-console': 'off' },
  },

  {
    name: 'support/server',
    // The server logs through pino, never the console.
    files: ['server/src/**'],
    rules: { 'no-console': 'error' },
  },

  {
    name: 'support/client',
    files: ['client/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },

  {
    name: 'support/tests',
    files: ['**/*.{test,spec}.{ts,tsx}', '**/test/**', '**/tests/**', '**/__tests__/**'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
]);
