import { GqlHttp } from '../support/graphql-http';
import { TEST_PASSWORD } from '../support/factories';
import { ServerProcess } from '../support/server-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { Burst, summarise } from './support/burst';
import { prepareFixture, type FaultFixture } from './support/fixture';
import {
  expectDeliveredExactlyOnce,
  expectNoHalfWrites,
  lastSequence,
  readLedger,
} from './support/ledger';
import { ResumingSubscriber } from './support/resuming-subscriber';

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;
const MUTATIONS = 200;
/** Successes before the kill: the burst is well under way. */
const KILL_AFTER = 70;

describe('a server process killed with SIGKILL', () => {
  let database: TestDatabase;
  let fixture: FaultFixture;
  const servers: ServerProcess[] = [];
  const subscribers: ResumingSubscriber[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    fixture = await prepareFixture(database);
  });

  afterAll(async () => {
    await Promise.all(subscribers.map((subscriber) => subscriber.stop()));
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  });

  async function start(port?: number): Promise<ServerProcess> {
    const server = await ServerProcess.start({ database, port });
    servers.push(server);
    return server;
  }

  function subscribe(url: () => string, cookie: string, after: string): ResumingSubscriber {
    const subscriber = new ResumingSubscriber({
      url,
      credentials: { cookie },
      field: 'queueEvents',
      after,
    }).start();
    subscribers.push(subscriber);
    return subscriber;
  }

  describe('during a burst of mutations', () => {
    it('loses no committed change: resuming and new subscribers get each exactly once, in order', async () => {
      let server = await start();
      const url = () => server.url;
      const agent = await new GqlHttp(server.url).login(fixture.engineerEmail, TEST_PASSWORD);
      const cookie = agent.cookie;
      const resuming = subscribe(url, cookie!, fixture.cursor);
      const burst = Burst.start({
        url,
        cookie: cookie!,
        tickets: fixture.tickets,
        count: MUTATIONS,
        concurrency: 8,
        label: 'crash',
        // Backs off while the server is down, so the burst outlives the
        // restart (about 4 s on a busy machine; 130 failures would take 16 s).
        pauseAfterFailureMs: 1000,
      });

      await burst.whenSucceeded(KILL_AFTER);
      server.kill('SIGKILL');
      const exit = await server.waitForExit(5000);
      server = await start(server.port);
      const restartedAt = Date.now();
      const outcomes = await burst.done;
      const afterRestart = await agent.request(ADD_COMMENT, {
        input: { number: fixture.tickets[0], body: 'after the restart' },
      });

      const ledger = await readLedger(database, fixture.cursor);
      await resuming.waitForSequence(lastSequence(ledger));
      const fresh = subscribe(url, cookie!, fixture.cursor);
      await fresh.waitForSequence(lastSequence(ledger));

      expect(exit.signal).toBe('SIGKILL');
      expect(outcomes).toHaveLength(MUTATIONS);
      expect(summarise(outcomes).ok).toBeGreaterThan(KILL_AFTER);
      expect(
        outcomes.some((outcome) => outcome.status === 'ok' && outcome.startedAt > restartedAt),
      ).toBe(true);
      // The kill costs responses only: no mutation gets an error.
      expect(outcomes.filter((outcome) => outcome.status === 'error')).toEqual([]);
      expect(afterRestart.errors).toBeUndefined();
      expectNoHalfWrites(outcomes, ledger, 'crash');
      expectDeliveredExactlyOnce(resuming.delivered, ledger);
      expectDeliveredExactlyOnce(fresh.delivered, ledger);
      // It did resume: more than one connection delivered events.
      expect(new Set(resuming.delivered.map((event) => event.connection)).size).toBeGreaterThan(1);
    }, 60_000);
  });
});
