import { TEST_PASSWORD } from '../support/factories';
import { GqlHttp } from '../support/graphql-http';
import { Burst, summarise } from './support/burst';
import { FaultRig } from './support/fault-rig';
import {
  expectDeliveredExactlyOnce,
  expectNoHalfWrites,
  lastSequence,
  readLedger,
} from './support/ledger';

const MUTATIONS = 200;
/** Successes before SIGTERM: the burst is well under way. */
const SIGNAL_AFTER = 60;
const GOING_AWAY = 1001;

describe('a server process stopped with SIGTERM', () => {
  const rig = FaultRig.forSuite();

  describe('during a burst of mutations', () => {
    it('answers in-flight requests, says "going away" to sockets, exits 0 and loses nothing', async () => {
      let server = await rig.start();
      const url = () => server.url;
      const agent = await new GqlHttp(server.url).login(rig.fixture.engineerEmail, TEST_PASSWORD);
      const customer = await new GqlHttp(server.url).login(
        rig.fixture.customerEmail,
        TEST_PASSWORD,
      );
      const queue = rig.subscribe(url, agent.cookie!, 'queueEvents');
      const organisation = rig.subscribe(url, customer.cookie!, 'organisationTicketEvents');
      const burst = Burst.start({
        url,
        cookie: agent.cookie!,
        tickets: rig.fixture.tickets,
        count: MUTATIONS,
        concurrency: 8,
        label: 'shutdown',
        pauseAfterFailureMs: 250,
      });

      await burst.whenSucceeded(SIGNAL_AFTER);
      const signalledAt = Date.now();
      server.kill('SIGTERM');
      const exit = await server.waitForExit(15_000);
      server = await rig.start(server.port);
      const outcomes = await burst.done;
      const ledger = await readLedger(rig.database, rig.fixture.cursor);
      await queue.waitForSequence(lastSequence(ledger));
      await organisation.waitForSequence(lastSequence(ledger));

      expect(exit).toEqual({ code: 0, signal: null });
      expect(queue.endings[0]).toBe(GOING_AWAY);
      expect(organisation.endings[0]).toBe(GOING_AWAY);

      // Requests the server had begun were answered, after the signal too.
      // Later ones were refused (SERVICE_UNAVAILABLE) or found no server;
      // none of them wrote anything. None failed halfway with another error,
      // as a database closed too early would make them.
      const inFlight = outcomes.filter(
        (outcome) => outcome.startedAt <= signalledAt && outcome.endedAt >= signalledAt,
      );
      expect(inFlight.some((outcome) => outcome.status === 'ok')).toBe(true);
      const errors = outcomes.filter((outcome) => outcome.status === 'error');
      expect(errors.filter((outcome) => outcome.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      const { failedButCommitted } = expectNoHalfWrites(outcomes, ledger, 'shutdown');
      expect(failedButCommitted).toBe(0);
      expect(summarise(outcomes).ok).toBeGreaterThan(SIGNAL_AFTER);

      expectDeliveredExactlyOnce(queue.delivered, ledger);
      expectDeliveredExactlyOnce(organisation.delivered, ledger);
    }, 60_000);
  });
});
