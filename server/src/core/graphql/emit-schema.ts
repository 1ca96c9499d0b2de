/**
 * Writes the API's SDL to server/schema.graphql, the copy the repository
 * keeps and the client generates its types from. A test fails when the
 * copy and the code disagree. Run: `pnpm --filter @support/server schema`.
 */
import path from 'node:path';
import { createSchema } from './schema';

const target = path.join(__dirname, '..', '..', '..', 'schema.graphql');
createSchema(target).then(
  () => process.stdout.write(`wrote ${target}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
