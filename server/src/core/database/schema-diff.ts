import type { DataSource } from 'typeorm';

/** SQL that would bring the database schema in line with the entities. */
export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Compares the live schema with the entity metadata, as TypeORM's
 * `migration:generate` does. Empty after all migrations ran means the
 * migrations and the entities agree.
 */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => query.query),
    down: log.downQueries.map((query) => query.query).reverse(),
  };
}
