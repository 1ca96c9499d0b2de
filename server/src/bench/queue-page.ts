/**
 * The first page of the agents' queue (ordered by breach risk, then
 * severity, then age) over a large number of open tickets, on SQLite or on
 * DATABASE_URL's MySQL/MariaDB server (in a scratch database it drops).
 * Prints p50 / p95 / max of the page query as the API runs it.
 *
 *   node server/dist/bench/queue-page.js [tickets=100000] [runs=300]
 */
import { performance } from 'node:perf_hooks';
import { scratchDatabase } from './scratch-database';
import { Role, TicketState } from '@support/shared';
import { Database } from '../core/database/database';
import { databaseTarget } from '../core/database/data-source';
import { migrate } from '../core/database/migrate';
import { createLogger } from '../core/logging/logger';
import { userViewer } from '../modules/auth/viewer';
import { TicketOrder } from '../modules/ticket/ticket.inputs';
import { TicketQueries } from '../modules/ticket/ticket-queries';
import type { User } from '../modules/user/user.entity';

const TICKETS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 300);
const ROWS_PER_INSERT = 1000;
const OPEN_STATES = [TicketState.NEW, TicketState.INVESTIGATING, TicketState.WITH_DEVELOPMENT];

function utc(date: Date, dialect: string): string | Date {
  return dialect === 'sqlite' ? date.toISOString().replace('T', ' ').replace('Z', '') : date;
}

async function fill(db: Database): Promise<void> {
  const dialect = db.target.dialect;
  const now = Date.now();
  await db.transaction((manager) =>
    manager.query(
      "INSERT INTO organisation (id, name, plan, timeZone, locale, createdAt, businessDays, businessStart, businessEnd) VALUES (1, 'Bench', 'PREMIER', 'Asia/Tokyo', 'ja', ?, '1,2,3,4,5', '09:00', '18:00')",
      [utc(new Date(now), dialect)],
    ),
  );
  for (let first = 0; first < TICKETS; first += ROWS_PER_INSERT) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let index = first; index < Math.min(TICKETS, first + ROWS_PER_INSERT); index += 1) {
      const created = new Date(now - (TICKETS - index) * 60_000);
      const paused = index % 7 === 0;
      const due = paused
        ? new Date('9999-12-31T00:00:00Z')
        : new Date(now + ((index * 7919) % 100_000) * 60_000);
      rows.push('(?, ?, 1, 1, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0, 0)');
      values.push(
        index + 1,
        `CS-${String(index + 1).padStart(6, '0')}`,
        'PLATFORM_ISSUE',
        1 + (index % 4),
        `Ticket ${index}`,
        'Benchmark ticket',
        '[]',
        OPEN_STATES[index % OPEN_STATES.length],
        utc(created, dialect),
        utc(created, dialect),
        utc(due, dialect),
        paused ? null : utc(due, dialect),
      );
    }
    await db.transaction((manager) =>
      manager.query(
        `INSERT INTO ticket (id, number, organisationId, requesterId, type, severity, title, description, documentIds, state, version, createdAt, updatedAt, queueRank, slaDueAt, reopenCount, permissionGranted) VALUES ${rows.join(', ')}`,
        values,
      ),
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const target = await scratchDatabase('bench_queue');
  const db = await Database.open(databaseTarget(target.url, target.dataDir));
  try {
    await migrate(db, createLogger({ level: 'warn', pretty: false }));
    const filled = performance.now();
    await fill(db);
    process.stdout.write(
      `${TICKETS} open tickets written in ${((performance.now() - filled) / 1000).toFixed(1)} s\n`,
    );
    const agent = userViewer(
      { id: 1, role: Role.ENGINEER, organisationId: null } as User,
      'session',
      null,
    );
    const queries = new TicketQueries(db, agent);
    const timings: number[] = [];
    let firstPage: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const page = await queries.list({ open: true, order: TicketOrder.QUEUE }, 25, null);
      timings.push(performance.now() - started);
      firstPage = page.edges.map((edge) => edge.node.number);
    }
    const sorted = timings.slice(RUNS / 10).sort((a, b) => a - b);
    process.stdout.write(
      `queue first page (25) on ${db.target.dialect}: p50 ${percentile(sorted, 50).toFixed(2)} ms, ` +
        `p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms over ${sorted.length} runs\n`,
    );
    process.stdout.write(`first rows: ${firstPage.slice(0, 3).join(', ')}\n`);
  } finally {
    await db.close();
    await target.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
