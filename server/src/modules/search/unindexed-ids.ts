import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { SearchDocType } from './search-document-type';
import { SearchDocument } from './search-document.entity';

/**
 * Ids of rows of `entity` (primary column `id`) with no search_document
 * yet: what the start-up backfill still has to index.
 */
export async function unindexedIds<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  docType: SearchDocType,
  limit: number,
): Promise<number[]> {
  const rows: Array<{ id: string | number }> = await manager
    .createQueryBuilder(entity, 'row')
    .select('row.id', 'id')
    .leftJoin(SearchDocument, 'doc', 'doc.docType = :docType AND doc.docId = row.id', { docType })
    .where('doc.docId IS NULL')
    .orderBy('row.id', 'ASC')
    .limit(limit)
    .getRawMany();
  return rows.map((row) => Number(row.id));
}
