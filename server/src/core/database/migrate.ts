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
  const applied = await source.runMigrations({ transaction: 'each' });
  for (const migration of applied) {
    logger.info({ category: 'database', migration: migration.name }, 'migration applied');
  }
}
