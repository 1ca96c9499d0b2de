import { MYSQL_ACQUIRE_TIMEOUT_MS, MYSQL_POOL_SIZE } from '../../src/core/database/data-source';
import type { CallbackPool } from '../../src/core/database/unavailable';
import { TEST_PASSWORD } from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { closeCodeOf, Subscriber, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';
import { Burst, summarise } from './support/burst';
import { fillFixture, type FaultFixture } from './support/fixture';
import {
  expectDeliveredExactlyOnce,
  expectNoHalfWrites,
  lastSequence,
  readLedger,
} from './support/ledger';
import { PrivateMariaDb } from './support/private-mariadb';
import { ResumingSubscriber } from './support/resuming-subscriber';

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;
const QUEUE = 'subscription { queueEvents { sequence } }';
const TRY_AGAIN_LATER = 1013;
const MUTATIONS = 200;
/** Successes before the database dies. */
const KILL_AFTER = 40;
/** Refused mutations to see before the database comes back. */
const FAILURES_DURING_OUTAGE = 5;

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// SQLite cannot go away like a server; the MariaDB pass of the suite runs this
// against a MariaDB of its own, so killing it disturbs no one.
const onMySql = Boolean(process.env.DATABASE_URL);

(onMySql ? describe : describe.skip)('the database going away (private MariaDB)', () => {
  let mariadb: PrivateMariaDb;
  let app: TestApp;
  let fixture: FaultFixture;
  let agent: GqlHttp;
  const subscribers: ResumingSubscriber[] = [];

  beforeAll(async () => {
    mariadb = await PrivateMariaDb.start();
    const database = await mariadb.createDatabase('sc_fault_outage');
    app = await startTestApp({ database });
    fixture = await fillFixture(app.services);
    agent = await new GqlHttp(app.url).login(fixture.engineerEmail, TEST_PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.stop()));
    await app?.stop();
    await mariadb?.stop();
  });

  describe('a restart mid-burst', () => {
    it('refuses with SERVICE_UNAVAILABLE meanwhile, recovers without a restart and loses nothing', async () => {
      const resuming = new ResumingSubscriber({
        url: () => app.url,
        credentials: { cookie: agent.cookie },
        field: 'queueEvents',
        after: fixture.cursor,
      }).start();
      subscribers.push(resuming);
      const burst = Burst.start({
        url: () => app.url,
        cookie: agent.cookie!,
        tickets: fixture.tickets,
        count: MUTATIONS,
        concurrency: 4,
        label: 'outage',
        pauseAfterFailureMs: 100,
      });

      await burst.whenSucceeded(KILL_AFTER);
      await mariadb.kill();
      const downAt = Date.now();
      const failedSinceDown = () =>
        burst.outcomes.filter((outcome) => outcome.status !== 'ok' && outcome.startedAt > downAt)
          .length;
      await until(() => failedSinceDown() >= FAILURES_DURING_OUTAGE, 10_000, 'refusals');
      const latecomer = new Subscriber(wsClient(app.url, { cookie: agent.cookie }), QUEUE);
      await latecomer.waitForEnd();
      await mariadb.restart();
      const upAt = Date.now();
      const outcomes = await burst.done;

      const ledger = await readLedger(app.database, fixture.cursor);
      await resuming.waitForSequence(lastSequence(ledger));

      // While down: every failure is the named code, never a masked error or a hang.
      const failures = outcomes.filter((outcome) => outcome.status !== 'ok');
      expect(failures.length).toBeGreaterThanOrEqual(FAILURES_DURING_OUTAGE);
      expect(
        failures.filter(
          (outcome) => outcome.status !== 'error' || outcome.code !== 'SERVICE_UNAVAILABLE',
        ),
      ).toEqual([]);
      expect(failures[0].message).toContain('The database is unavailable; try again shortly.');
      // A WebSocket that connects meanwhile is told to come back later (retryable).
      expect(closeCodeOf(latecomer)).toBe(TRY_AGAIN_LATER);
      // Back: the same server process serves again.
      const afterwards = outcomes.filter((outcome) => outcome.startedAt > upAt + 500);
      expect(afterwards.length).toBeGreaterThan(0);
      expect(summarise(afterwards)).toEqual({ ok: afterwards.length });

      expectNoHalfWrites(outcomes, ledger, 'outage');
      expectDeliveredExactlyOnce(resuming.delivered, ledger);
    }, 60_000);
  });

  describe('a full connection pool', () => {
    it('refuses with SERVICE_UNAVAILABLE after the acquire timeout, then serves again', async () => {
      const pool = (app.services.db.migrator.driver as unknown as { pool: CallbackPool }).pool;
      const held = await Promise.all(
        Array.from(
          { length: MYSQL_POOL_SIZE },
          () =>
            new Promise<{ release(): void }>((resolve, reject) =>
              pool.getConnection((error, connection) =>
                error || !connection ? reject(error) : resolve(connection),
              ),
            ),
        ),
      );
      const startedAt = Date.now();
      const refused = await agent.request(ADD_COMMENT, {
        input: { number: fixture.tickets[0], body: 'while the pool is full' },
      });
      const waited = Date.now() - startedAt;
      held.forEach((connection) => connection.release());
      const served = await agent.request(ADD_COMMENT, {
        input: { number: fixture.tickets[0], body: 'once the pool has room' },
      });

      expect(errorCode(refused)).toBe('SERVICE_UNAVAILABLE');
      expect(refused.errors?.[0].message).toBe('The database is busy; try again shortly.');
      expect(waited).toBeGreaterThanOrEqual(MYSQL_ACQUIRE_TIMEOUT_MS - 100);
      expect(waited).toBeLessThan(MYSQL_ACQUIRE_TIMEOUT_MS + 3000);
      expect(served.errors).toBeUndefined();
    }, 30_000);
  });
});
