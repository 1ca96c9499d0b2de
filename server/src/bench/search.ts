/**
 * Search over many tickets, on SQLite or on DATABASE_URL's MySQL/MariaDB
 * server (in a scratch database it drops): fills realistic Japanese and
 * English tickets with their index entries, then times ranked searches as
 * the API runs them (agent search box, a customer's scoped search, the
 * duplicate check). Prints p50 / p95 / max per query. Target: p95 under
 * 50 ms for 100,000 tickets on MariaDB.
 *
 *   node server/dist/bench/search.js [tickets=100000] [runs=200]
 *
 * BENCH_KEEP=1 keeps the filled database (its location is printed);
 * BENCH_REUSE=<mysql URL or SQLite data folder> times an existing one again.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Role, TicketState } from '@support/shared';
import { Database } from '../core/database/database';
import { databaseTarget } from '../core/database/data-source';
import { migrate } from '../core/database/migrate';
import { createLogger } from '../core/logging/logger';
import { userViewer } from '../modules/auth/viewer';
import { findSimilarTickets } from '../modules/search/similar-tickets';
import { searchTickets } from '../modules/search/ticket-search';
import { SearchDocType } from '../modules/search/search-document-type';
import { documentTerms } from '../modules/search/terms';
import { TicketQueries } from '../modules/ticket/ticket-queries';
import type { User } from '../modules/user/user.entity';
import { corpusTicket, seededRandom } from './search-corpus';
import { scratchDatabase } from './scratch-database';

const TICKETS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 200);
const TICKETS_PER_BATCH = 250;
const TERM_ROWS_PER_INSERT = 2000;
const ORGANISATIONS = 20;

/** The queries timed: what a person types into the search box. */
const QUERIES = [
  { label: 'Japanese', text: '請求書の承認' },
  { label: 'Japanese, long', text: '本番環境で経費レポートの出力がタイムアウトする' },
  { label: 'English', text: 'invoice approval' },
  { label: 'English, long', text: 'CSV import times out in production' },
];

function utc(date: Date, dialect: string): string | Date {
  return dialect === 'sqlite' ? date.toISOString().replace('T', ' ').replace('Z', '') : date;
}

async function fillOrganisations(db: Database, now: Date): Promise<void> {
  const rows = Array.from({ length: ORGANISATIONS }, (_, index) => index + 1);
  await db.transaction((manager) =>
    manager.query(
      `INSERT INTO organisation (id, name, plan, timeZone, locale, createdAt, businessDays, businessStart, businessEnd) VALUES ${rows.map(() => "(?, ?, 'PREMIER', 'Asia/Tokyo', 'ja', ?, '1,2,3,4,5', '09:00', '18:00')").join(', ')}`,
      rows.flatMap((id) => [id, `Bench ${id}`, utc(now, db.target.dialect)]),
    ),
  );
}

/** Index rows collected while writing tickets, grouped by term (documents ascending). */
type Postings = Map<number, number[]>;

/** Writes the tickets and their search documents; collects the index rows into `postings`. */
async function fillTickets(db: Database, postings: Postings): Promise<void> {
  const dialect = db.target.dialect;
  const random = seededRandom(42);
  const now = Date.now();
  await fillOrganisations(db, new Date(now));
  for (let first = 0; first < TICKETS; first += TICKETS_PER_BATCH) {
    const tickets: unknown[][] = [];
    const documents: unknown[][] = [];
    for (let index = first; index < Math.min(TICKETS, first + TICKETS_PER_BATCH); index += 1) {
      const id = index + 1;
      const text = corpusTicket(random);
      const organisationId = 1 + (index % ORGANISATIONS);
      const created = utc(new Date(now - (TICKETS - index) * 5 * 60_000), dialect);
      const state = random() < 0.7 ? TicketState.CLOSED : TicketState.INVESTIGATING;
      tickets.push([
        id,
        `CS-${String(id).padStart(6, '0')}`,
        organisationId,
        text.title.slice(0, 200),
        text.description,
        JSON.stringify(text.documentIds),
        state,
        created,
        created,
        utc(new Date('9999-12-31T00:00:00Z'), dialect),
      ]);
      const weights = documentTerms({ ...text, body: text.description });
      for (const [term, weight] of weights) {
        const posting = postings.get(term) ?? [];
        posting.push(id, organisationId, weight);
        postings.set(term, posting);
      }
      documents.push([SearchDocType.TICKET, id, organisationId, 'bench', weights.size, created]);
    }
    await db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO ticket (id, number, organisationId, requesterId, type, severity, title, description, documentIds, state, version, createdAt, updatedAt, queueRank, reopenCount, permissionGranted) VALUES ${tickets.map(() => "(?, ?, ?, 1, 'PLATFORM_ISSUE', 3, ?, ?, ?, ?, 1, ?, ?, ?, 0, 0)").join(', ')}`,
        tickets.flat(),
      );
      await manager.query(
        `INSERT INTO search_document (docType, docId, scope, contentHash, termCount, indexedAt) VALUES ${documents.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
        documents.flat(),
      );
    });
  }
}

/** search_term's secondary indexes, as statements that create them again. */
async function secondaryIndexes(db: Database): Promise<Array<{ name: string; create: string }>> {
  if (db.target.dialect === 'mysql') {
    const rows: Array<{ Key_name: string; Column_name: string; Seq_in_index: number }> =
      await db.reader.query("SHOW INDEX FROM search_term WHERE Key_name <> 'PRIMARY'");
    const names = [...new Set(rows.map((row) => row.Key_name))];
    return names.map((name) => {
      const columns = rows
        .filter((row) => row.Key_name === name)
        .sort((a, b) => Number(a.Seq_in_index) - Number(b.Seq_in_index))
        .map((row) => `\`${row.Column_name}\``);
      return { name, create: `CREATE INDEX \`${name}\` ON search_term (${columns.join(', ')})` };
    });
  }
  const rows: Array<{ name: string; sql: string }> = await db.reader.query(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_term' AND sql IS NOT NULL",
  );
  return rows.map((row) => ({ name: row.name, create: row.sql }));
}

/**
 * Writes the index rows in primary-key order, with the secondary indexes
 * dropped meanwhile and rebuilt after: the same schema as the migrations
 * build, loaded the way a bulk import would (random-order inserts into a
 * table larger than MariaDB's buffer pool take several times longer).
 * Returns the number of rows.
 */
async function fillIndex(db: Database, postings: Postings): Promise<number> {
  const indexes = await secondaryIndexes(db);
  const mysql = db.target.dialect === 'mysql';
  for (const { name } of indexes) {
    await db.migrator.query(
      mysql ? `DROP INDEX \`${name}\` ON search_term` : `DROP INDEX "${name}"`,
    );
  }
  let rows: number[] = [];
  let total = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const count = rows.length / 5;
    await db.transaction((manager) =>
      manager.query(
        `INSERT INTO search_term (docType, term, docId, scope, weight) VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?, ?)').join(', ')}`,
        rows,
      ),
    );
    total += count;
    rows = [];
  };
  for (const term of [...postings.keys()].sort((a, b) => a - b)) {
    const posting = postings.get(term) as number[];
    for (let at = 0; at < posting.length; at += 3) {
      rows.push(SearchDocType.TICKET, term, posting[at], posting[at + 1], posting[at + 2]);
      if (rows.length >= TERM_ROWS_PER_INSERT * 5) await flush();
    }
  }
  await flush();
  for (const { create } of indexes) await db.migrator.query(create);
  return total;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(run: () => Promise<unknown>): Promise<string> {
  const timings: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  // The first tenth warms caches and is left out.
  const sorted = timings.slice(Math.floor(RUNS / 10)).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
}

/** The database to time: an existing one (BENCH_REUSE) or a scratch one to fill. */
async function target(): Promise<{
  url?: string;
  dataDir: string;
  fill: boolean;
  drop(): Promise<void>;
}> {
  const reuse = process.env.BENCH_REUSE;
  if (reuse) {
    const mysql = /^mysql:/.test(reuse);
    return {
      url: mysql ? reuse : undefined,
      dataDir: mysql ? os.tmpdir() : reuse,
      fill: false,
      drop: async () => {},
    };
  }
  const created = await scratchDatabase('bench_search');
  const keep = process.env.BENCH_KEEP === '1';
  if (keep) process.stdout.write(`keeping ${created.url ?? created.dataDir}\n`);
  return { ...created, fill: true, drop: keep ? async () => {} : created.drop };
}

async function main(): Promise<void> {
  const where = await target();
  const db = await Database.open(databaseTarget(where.url, where.dataDir));
  try {
    if (where.fill) {
      await migrate(db, createLogger({ level: 'warn', pretty: false }));
      const filled = performance.now();
      const postings: Postings = new Map();
      await fillTickets(db, postings);
      const termRows = await fillIndex(db, postings);
      postings.clear();
      process.stdout.write(
        `${TICKETS} tickets, ${termRows} index rows written in ${((performance.now() - filled) / 1000).toFixed(1)} s on ${db.target.dialect}\n`,
      );
      if (db.target.dialect === 'mysql') await db.reader.query('ANALYZE TABLE search_term, ticket');
      else await db.reader.query('ANALYZE');
    }
    const agent = new TicketQueries(
      db,
      userViewer({ id: 1, role: Role.ENGINEER, organisationId: null } as User, 'session', null),
    );
    const customer = new TicketQueries(
      db,
      userViewer({ id: 2, role: Role.CUSTOMER, organisationId: 7 } as User, 'session', null),
    );
    const now = new Date();
    // Timings depend on what else runs: print the machine's load with them.
    const load = () => os.loadavg()[0].toFixed(1);
    process.stdout.write(`load average ${load()} on ${os.cpus().length} CPUs before timing\n`);
    for (const query of QUERIES) {
      const hits = await searchTickets(agent, query.text, { first: 20 }, now);
      process.stdout.write(
        `\n${query.label} "${query.text}": ${hits.length} hits, first ${hits[0]?.ticket.title ?? '-'}\n`,
      );
      process.stdout.write(
        `  agent search (20)     ${await time(() => searchTickets(agent, query.text, { first: 20 }, now))}\n`,
      );
      process.stdout.write(
        `  customer search (20)  ${await time(() => searchTickets(customer, query.text, { first: 20 }, now))}\n`,
      );
      process.stdout.write(
        `  duplicate check (5)   ${await time(() => findSimilarTickets(customer, { title: query.text, first: 5 }, now))}\n`,
      );
    }
    process.stdout.write(`\nload average ${load()} after timing\n`);
  } finally {
    await db.close();
    await where.drop();
  }
}

main().then(
  // A kept scratch database leaves its admin connection open: end explicitly.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
