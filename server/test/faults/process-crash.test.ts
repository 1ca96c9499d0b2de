import { GqlHttp } from '../support/graphql-http';
import { TEST_PASSWORD } from '../support/factories';
import { Burst, summarise } from './support/burst';
import { FaultRig } from './support/fault-rig';
import {
  expectDeliveredExactlyOnce,
  expectNoHalfWrites,
  lastSequence,
  readLedger,
} from './support/ledger';

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;
const MUTATIONS = 200;
/** Successes before the kill: the burst is well under way. */
const KILL_AFTER = 70;

describe('a server process killed with SIGKILL', () => {
  const rig = FaultRig.forSuite();

  describe('during a burst of mutations', () => {
    it('loses no committed change: resuming and new subscribers get each exactly once, in order', async () => {
      let server = await rig.start();
      const url = () => server.url;
      const agent = await new GqlHttp(server.url).login(rig.fixture.engineerEmail, TEST_PASSWORD);
      const cookie = agent.cookie;
      const resuming = rig.subscribe(url, cookie!, 'queueEvents');
      const burst = Burst.start({
        url,
        cookie: cookie!,
        tickets: rig.fixture.tickets,
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
      server = await rig.start(server.port);
      const restartedAt = Date.now();
      const outcomes = await burst.done;
      const afterRestart = await agent.request(ADD_COMMENT, {
        input: { number: rig.fixture.tickets[0], body: 'after the restart' },
      });

      const ledger = await readLedger(rig.database, rig.fixture.cursor);
      await resuming.waitForSequence(lastSequence(ledger));
      const fresh = rig.subscribe(url, cookie!, 'queueEvents');
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
