import type { Database } from '../../core/database/database';
import type { AppLogger } from '../../core/logging/logger';
import type { SearchIndex } from './search-index';

const BATCH = 200;

/**
 * Indexes every document that has no index entry yet: rows written before
 * search existed (the migration adds empty tables) or by a path that
 * bypassed the index. Runs at start-up, in batches of one transaction
 * each; with nothing to do it costs one query per document type. Returns
 * how many documents it indexed; a failing batch throws.
 */
export async function backfillSearchIndex(
  db: Database,
  index: SearchIndex,
  logger: AppLogger,
): Promise<number> {
  let total = 0;
  for (const source of index.registered()) {
    let previousFirst: number | undefined;
    for (;;) {
      const ids = await source.unindexed(db.reader, BATCH);
      // The same first id twice means the batch did not stick: stop rather than loop.
      if (ids.length === 0 || ids[0] === previousFirst) break;
      previousFirst = ids[0];
      await db.transaction(async (manager) => {
        for (const id of ids) await index.refresh(manager, source.docType, id);
      });
      total += ids.length;
      if (ids.length < BATCH) break;
    }
  }
  if (total > 0) logger.info({ category: 'search', documents: total }, 'search index backfilled');
  return total;
}
