import type { AppLogger } from '../logging/logger';
import type { Database } from './database';

/**
 * Brings the schema up to date. On MySQL the database's default character
 * set becomes utf8mb4 first, so that every table the migrations create
 * stores 4-byte characters (MariaDB's packaged default may be latin1).
 */
export async function migrate(db: Database, logger: AppLogger): Promise<void> {
  const source = db.migrator;
  if (db.target.dialect === 'mysql') {
    const [row]: Array<{ name: string }> = await source.query('SELECT DATABASE() AS name');
    await source.query(
      `ALTER DATABASE \`${row.name.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  }
  const applied = await withMigrationLock(db, () => source.runMigrations({ transaction: 'each' }));
  for (const migration of applied) {
    logger.info({ category: 'database', migration: migration.name }, 'migration applied');
  }
}

/**
 * Several server processes may start at once on one MySQL database: a named
 * lock lets one migrate while the others wait, then find nothing to do.
 * (SQLite serialises schema changes itself.)
 */
async function withMigrationLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.target.dialect !== 'mysql') return work();
  const runner = db.migrator.createQueryRunner();
  try {
    const [row]: Array<{ locked: number | null }> = await runner.query(
      "SELECT GET_LOCK('support-console-migrations', 120) AS locked",
    );
    if (Number(row.locked) !== 1) throw new Error('could not take the migration lock within 120 s');
    try {
      return await work();
    } finally {
      await runner.query("SELECT RELEASE_LOCK('support-console-migrations')");
    }
  } finally {
    await runner.release();
  }
}
