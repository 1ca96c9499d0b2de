import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { User } from './user.entity';

/** Users by id, batched per request; missing ids give null. */
export function createUserLoader(db: Database): DataLoader<number, User | null> {
  return new DataLoader(async (ids) => {
    const users = await db.reader.findBy(User, { id: In([...ids]) });
    const byId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
