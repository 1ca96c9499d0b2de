import { createDataSource, databaseTarget } from '../../src/core/database/data-source';
import { schemaDiff } from '../../src/core/database/schema-diff';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('database', () => {
  describe('migrations', () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await createTestDatabase();
    });
    afterEach(async () => {
      await database.drop();
    });

    it('build exactly the schema of the entities: generating right after yields nothing', async () => {
      const source = await (
        await createDataSource(databaseTarget(database.databaseUrl, database.dataDir))
      ).initialize();
      try {
        await source.runMigrations({ transaction: 'each' });
        expect(await schemaDiff(source)).toEqual({ up: [], down: [] });
      } finally {
        await source.destroy();
      }
    });

    it('keep existing API tokens working when scopes arrive', async () => {
      const source = await (
        await createDataSource(databaseTarget(database.databaseUrl, database.dataDir))
      ).initialize();
      try {
        const all = source.migrations.length;
        // Back to just before the migration that added scopes, whatever came after it.
        const later =
          all -
          source.migrations.findIndex((migration) =>
            migration.name?.startsWith('AdminTokensInvitations'),
          );
        await source.runMigrations({ transaction: 'each' });
        for (let undone = 0; undone < later; undone += 1) {
          await source.undoLastMigration({ transaction: 'each' });
        }
        const insert = (id: number, organisationId: number | null) =>
          source.query(
            'INSERT INTO api_token (id, name, tokenHash, createdById, organisationId, readOnly, createdAt) VALUES (?, ?, ?, 1, ?, ?, ?)',
            [
              id,
              `t${id}`,
              `hash${id}`,
              organisationId,
              organisationId !== null,
              database.databaseUrl ? new Date() : '2026-12-04 00:00:00.000',
            ],
          );
        await insert(1, null);
        await insert(2, 7);
        expect(await source.runMigrations({ transaction: 'each' })).toHaveLength(later);
        expect(all).toBeGreaterThan(1);
        const rows: Array<{ id: number; scopes: string }> = await source.query(
          'SELECT id, scopes FROM api_token ORDER BY id',
        );
        expect(rows.map((row) => [Number(row.id), row.scopes])).toEqual([
          [1, 'READ,SUBSCRIBE,WRITE'],
          [2, 'READ,SUBSCRIBE'],
        ]);
      } finally {
        await source.destroy();
      }
    });

    it('backfill business hours and queue ranks of existing rows for service levels', async () => {
      const source = await (
        await createDataSource(databaseTarget(database.databaseUrl, database.dataDir))
      ).initialize();
      try {
        const names = source.migrations.map((migration) => migration.name ?? '');
        const later = names.length - names.findIndex((name) => name.startsWith('ServiceLevels'));
        await source.runMigrations({ transaction: 'each' });
        for (let index = 0; index < later; index += 1) {
          await source.undoLastMigration({ transaction: 'each' });
        }
        const at = database.databaseUrl
          ? new Date('2026-12-01T00:00:00Z')
          : '2026-12-01 00:00:00.000';
        await source.query(
          'INSERT INTO organisation (id, name, plan, timeZone, locale, createdAt) VALUES (1, ?, ?, ?, ?, ?)',
          ['Old Tokyo', 'PREMIER', 'Asia/Tokyo', 'ja', at],
        );
        await source.query(
          `INSERT INTO ticket (id, number, organisationId, requesterId, type, severity, title, description,
             documentIds, state, version, createdAt, updatedAt)
           VALUES (1, 'CS-000001', 1, 1, 'QUESTION', 2, 'Old', 'Old ticket', '', 'NEW', 1, ?, ?)`,
          [at, at],
        );
        await source.runMigrations({ transaction: 'each' });
        const [organisation] = await source.query(
          'SELECT businessDays, businessStart, businessEnd, holidayCalendar FROM organisation',
        );
        expect(organisation).toEqual({
          businessDays: '1,2,3,4,5',
          businessStart: '09:00',
          businessEnd: '18:00',
          holidayCalendar: 'JP',
        });
        const [ticket] = await source.query('SELECT queueRank FROM ticket');
        expect(
          new Date(
            String(
              ticket.queueRank instanceof Date
                ? ticket.queueRank.toISOString()
                : `${ticket.queueRank}Z`,
            ),
          ).getUTCFullYear(),
        ).toBe(9999);
        const [{ count }] = await source.query('SELECT COUNT(*) AS count FROM plan_target');
        expect(Number(count)).toBe(12);
      } finally {
        await source.destroy();
      }
    });

    it('undo every migration with its down and apply again', async () => {
      const source = await (
        await createDataSource(databaseTarget(database.databaseUrl, database.dataDir))
      ).initialize();
      try {
        const applied = await source.runMigrations({ transaction: 'each' });
        for (let index = 0; index < applied.length; index += 1) {
          await source.undoLastMigration({ transaction: 'each' });
        }
        const runner = source.createQueryRunner();
        const tables = source.entityMetadatas.map((entity) => entity.tableName);
        const left = [];
        for (const table of tables) if (await runner.hasTable(table)) left.push(table);
        await runner.release();
        expect(left).toEqual([]);
        expect(await source.runMigrations({ transaction: 'each' })).toHaveLength(applied.length);
        expect(await schemaDiff(source)).toEqual({ up: [], down: [] });
      } finally {
        await source.destroy();
      }
    });
  });
});
