import type { CodegenConfig } from '@graphql-codegen/cli';

/** Shared enums whose values equal the GraphQL enum values: generated types use them. */
const SHARED_ENUMS = [
  'Role',
  'TicketType',
  'TicketState',
  'TicketAction',
  'TicketEventKind',
  'HistoryKind',
  'InstanceEnvironment',
  'SupportPlan',
  'Resolution',
  'ApiTokenScope',
  'PresenceActivity',
];

/**
 * Typed documents for every `graphql()` call in src, generated from the
 * server's printed schema (no running server needed). Output is committed.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
        enumValues: Object.fromEntries(
          SHARED_ENUMS.map((name) => [name, `@support/shared#${name}`]),
        ),
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
