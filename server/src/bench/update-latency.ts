/**
 * Measures one live update end to end: an engineer's mutation over HTTP
 * until a customer's WebSocket subscriber receives the event. Starts its own
 * server on a scratch database (SQLite, or DATABASE_URL's MySQL/MariaDB
 * server with a new database) and prints p50 / p95 / max over N updates.
 *
 *   node server/dist/bench/update-latency.js [count=200]
 */
import { performance } from 'node:perf_hooks';
import { scratchDatabase } from './scratch-database';
import { createClient } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { startApp } from '../app';
import { loadConfig } from '../core/config/config';

const COUNT = Number(process.argv[2] ?? 200);

async function post<T = unknown>(
  url: string,
  cookie: string | undefined,
  query: string,
  variables = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data as T, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

async function login(url: string, email: string): Promise<string> {
  const { cookie } = await post(
    url,
    undefined,
    'mutation($e: String!) { login(email: $e, password: "demo-password") { id } }',
    { e: email },
  );
  return cookie as string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const database = await scratchDatabase('bench_latency');
  const app = await startApp(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.url,
      SEED_DEMO_DATA: 'true',
    }),
    { logger: pino({ level: 'warn' }) },
  );
  try {
    const customer = await login(app.url, 'customer@tokyo.example.jp');
    const developer = await login(app.url, 'dev@example.com');
    type Found = {
      eventCursor: string;
      tickets: { edges: Array<{ node: { number: string; version: number } }> };
    };
    const found = await post<Found>(
      app.url,
      customer,
      '{ eventCursor tickets(first: 1, filter: { states: [WITH_DEVELOPMENT] }) { edges { node { number version } } } }',
    );
    const ticket = found.data.tickets.edges[0].node;
    class CookieSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: customer } });
      }
    }
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieSocket,
    });
    let arrived: ((at: number) => void) | null = null;
    client.subscribe(
      {
        query:
          'subscription($n: String!, $a: String) { ticketEvents(number: $n, after: $a) { sequence ticket { plannedAvailability { release } } } }',
        variables: { n: ticket.number, a: found.data.eventCursor },
      },
      {
        next: () => arrived?.(performance.now()),
        error: (error) => {
          throw error;
        },
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const endToEnd: number[] = [];
    const mutationOnly: number[] = [];
    let version = ticket.version;
    for (let index = 0; index < COUNT; index += 1) {
      const seen = new Promise<number>((resolve) => (arrived = resolve));
      const started = performance.now();
      const result = await post<{ setPlannedAvailability: { version: number } }>(
        app.url,
        developer,
        'mutation($n: String!, $v: Int!, $r: String) { setPlannedAvailability(input: { number: $n, release: $r, expectedVersion: $v }) { version } }',
        { n: ticket.number, v: version, r: `2027.${index}` },
      );
      mutationOnly.push(performance.now() - started);
      endToEnd.push((await seen) - started);
      version = result.data.setPlannedAvailability.version;
    }
    await client.dispose();
    const row = (name: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${name.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms`;
    };
    process.stdout.write(`update latency on ${app.services.db.target.dialect}, ${COUNT} updates\n`);
    process.stdout.write(
      `${row('mutation response', mutationOnly)}\n${row('mutation sent -> event received', endToEnd)}\n`,
    );
  } finally {
    await app.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
