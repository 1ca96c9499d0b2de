import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { Organisation } from './organisation.entity';

/** Organisations by id, batched per request; missing ids give null. */
export function createOrganisationLoader(db: Database): DataLoader<number, Organisation | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.reader.findBy(Organisation, { id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
