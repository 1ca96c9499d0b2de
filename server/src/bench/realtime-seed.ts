/**
 * Seeds the benchmark's world straight into the database (bulk inserts, as
 * queue-page.ts does): organisations, agents and customers with one open
 * session each, and open tickets escalated to development. Also reads the
 * event log back, which is what every subscriber is checked against.
 */
import { Locale, SupportPlan, TicketState, TicketType } from '@support/shared';
import type { EntityManager } from 'typeorm';
import { Database } from '../core/database/database';
import { databaseTarget } from '../core/database/data-source';
import { migrate } from '../core/database/migrate';
import { createLogger } from '../core/logging/logger';
import { UNUSABLE_PASSWORD_HASH } from '../modules/auth/password';
import { hashSecret } from '../modules/auth/secret';
import { Session } from '../modules/auth/session.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Ticket } from '../modules/ticket/ticket.entity';
import { User } from '../modules/user/user.entity';
import { ticketNumber, type EventRow, type World } from './realtime-plan';
import type { Scratch } from './realtime-scratch';

const ROWS_PER_INSERT = 200;

async function insertChunked<T>(
  manager: EntityManager,
  entity: new () => T,
  rows: Array<Partial<T>>,
): Promise<void> {
  for (let first = 0; first < rows.length; first += ROWS_PER_INSERT) {
    // TypeORM's insert types want its own deep-partial; the rows are plain columns.
    await manager.insert(entity, rows.slice(first, first + ROWS_PER_INSERT) as never);
  }
}

/** Opens the scratch database, migrates it and writes the world. */
export async function seedWorld(scratch: Scratch, world: World): Promise<Database> {
  const db = await Database.open(databaseTarget(scratch.databaseUrl, scratch.dataDir));
  await migrate(db, createLogger({ level: 'warn', pretty: false }));
  const now = new Date();
  const users = [...world.watchers, ...world.mutators, ...world.customers];
  await db.transaction(async (manager) => {
    await insertChunked(
      manager,
      Organisation,
      Array.from({ length: world.organisations }, (_, index) => ({
        id: index + 1,
        name: `Bench ${index + 1}`,
        plan: SupportPlan.PREMIER,
        timeZone: 'Asia/Tokyo',
        locale: Locale.JA,
        holidayCalendar: null,
        businessDays: [1, 2, 3, 4, 5],
        businessStart: '09:00',
        businessEnd: '18:00',
        createdAt: now,
      })),
    );
    await insertChunked(
      manager,
      User,
      users.map((user) => ({
        id: user.id,
        email: user.email,
        name: user.email.split('@')[0],
        role: user.role,
        organisationId: user.organisationId,
        locale: Locale.EN,
        timeZone: 'Asia/Tokyo',
        passwordHash: UNUSABLE_PASSWORD_HASH,
        active: true,
        createdAt: now,
      })),
    );
    await insertChunked(
      manager,
      Session,
      users.map((user) => ({
        tokenHash: hashSecret(user.secret),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 24 * 3600_000),
      })),
    );
  });
  await db.transaction((manager) => insertChunked(manager, Ticket, tickets(world, now)));
  return db;
}

function tickets(world: World, now: Date): Array<Partial<Ticket>> {
  const rows: Array<Partial<Ticket>> = [];
  const count = world.organisations * world.ticketsPerOrganisation;
  for (let id = 1; id <= count; id += 1) {
    const organisationId = Math.ceil(id / world.ticketsPerOrganisation);
    rows.push({
      id,
      number: ticketNumber(id),
      organisationId,
      requesterId: world.customers[(organisationId - 1) * 2].id,
      type: TicketType.PLATFORM_ISSUE,
      severity: 4,
      title: `Benchmark ticket ${id}`,
      description: 'Escalated to development; its planned availability changes often.',
      documentIds: [],
      state: TicketState.WITH_DEVELOPMENT,
      version: 1,
      createdAt: now,
      updatedAt: now,
      // A computed (empty) service level: the servers skip the start-up catch-up.
      slaTarget: 'null',
      queueRank: new Date('9999-12-31T00:00:00Z'),
    });
  }
  return rows;
}

/** The newest committed event sequence. */
export async function latestSequence(db: Database): Promise<number> {
  const rows: Array<{ max: string | number | null }> = await db.reader.query(
    'SELECT MAX(sequence) AS max FROM ticket_event',
  );
  return Number(rows[0]?.max ?? 0);
}

/** Every committed event after `after`, ascending. */
export async function eventsAfter(db: Database, after: number): Promise<EventRow[]> {
  const rows: Array<{
    sequence: string | number;
    ticketId: number;
    organisationId: number;
    internal: number | boolean;
    at: string | Date;
  }> = await db.reader.query(
    'SELECT sequence, ticketId, organisationId, internal, at FROM ticket_event WHERE sequence > ? ORDER BY sequence',
    [after],
  );
  return rows.map((row) => ({
    sequence: Number(row.sequence),
    ticketId: Number(row.ticketId),
    organisationId: Number(row.organisationId),
    internal: Boolean(Number(row.internal)),
    // SQLite keeps UTC text without a zone; MySQL gives a Date (the pool runs in UTC).
    atMs: row.at instanceof Date ? row.at.getTime() : Date.parse(`${row.at.replace(' ', 'T')}Z`),
  }));
}
