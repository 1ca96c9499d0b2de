import { Role, TicketType } from '@support/shared';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { GqlHttp } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { readLedger } from './support/ledger';
import { graphqlRequest, RawConnection } from './support/raw-http';

const ADD_COMMENT = 'mutation A($input: AddCommentInput!) { addComment(input: $input) { id } }';

/**
 * The HTTP side of a stop (what SIGTERM runs), in process and byte by byte:
 * what a well-behaved HTTP client library would never show.
 */
describe('the HTTP drain when the server stops', () => {
  let database: TestDatabase;
  let app: TestApp;
  let customer: User;
  let agent: GqlHttp;
  let stopping: Promise<void> | undefined;
  const connections: RawConnection[] = [];

  /** Stops the server once (what SIGTERM runs); later calls wait for the same stop. */
  function stop(): Promise<void> {
    stopping ??= app.close();
    return stopping;
  }

  beforeEach(async () => {
    stopping = undefined;
    database = await createTestDatabase();
    app = await startTestApp({ database });
    customer = await buildCustomer(app.services, await buildOrganisation(app.services));
    const engineer = await buildUser(app.services, Role.ENGINEER);
    agent = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
  });

  afterEach(async () => {
    connections.splice(0).forEach((connection) => connection.destroy());
    await stop();
    await database.drop();
  });

  async function open(options: { reading: boolean; halfOpen: boolean }) {
    const connection = await RawConnection.open(app.port, options);
    connections.push(connection);
    return connection;
  }

  describe('a reply still being written when the stop begins', () => {
    // Since Node 19 http.Server.close() destroys connections whose response
    // has ended but is still in the buffers: this client got a cut reply.
    it('reaches its client whole, even one that reads slowly', async () => {
      for (let index = 0; index < 20; index += 1) {
        await buildTicket(app.services, customer, {
          type: TicketType.QUESTION,
          description: 'あ'.repeat(16_000),
        });
      }
      // About 14 MB: far more than the kernel buffers hold while nobody reads.
      const fields = Array.from({ length: 15 }, (_, index) => `d${index}: description`);
      const slow = await open({ reading: false, halfOpen: false });
      slow.write(
        graphqlRequest(agent.cookie!, {
          query: `{ tickets(first: 100) { edges { node { ${fields.join(' ')} } } } }`,
        }),
      );

      await slow.waitForBytes();
      const stopped = stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      slow.read();
      await slow.closed;
      await stopped;

      const [reply] = slow.replies();
      expect(reply.body.length).toBe(reply.declaredLength);
      expect(JSON.parse(reply.body.toString('utf8')).data.tickets.edges).toHaveLength(20);
    }, 30_000);
  });

  describe('a request that arrives once the stop began', () => {
    // A keep-alive client's next request can cross the server's FIN; it used
    // to run and commit with no way to send the answer.
    it('does nothing, so no answer of a committed change is lost', async () => {
      const ticket = await buildTicket(app.services, customer);
      const client = await open({ reading: true, halfOpen: true });
      const comment = (body: string) =>
        graphqlRequest(agent.cookie!, {
          query: ADD_COMMENT,
          variables: { input: { number: ticket.number, body } },
        });
      client.write(comment('before the stop'));
      await client.waitForBytes();

      const stopped = stop();
      await client.serverEnded;
      client.write(comment('after the stop'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      client.destroy();
      await stopped;

      const { comments } = await readLedger(database, '0');
      expect(client.replies().map((reply) => reply.status)).toEqual([200]);
      expect([...comments.values()]).toEqual(['before the stop']);
    });
  });
});
