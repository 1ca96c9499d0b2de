import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchema } from '../../src/core/graphql/schema';

describe('schema', () => {
  describe('published SDL', () => {
    it('matches the schema.graphql kept in the repository (run `pnpm --filter @support/server schema`)', async () => {
      const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sdl-')), 'schema.graphql');
      await createSchema(target);
      const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
      expect(fs.readFileSync(target, 'utf8')).toBe(committed);
    });
  });
});
