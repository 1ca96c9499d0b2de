import { ServerProcess } from '../../support/server-process';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { prepareFixture, type FaultFixture } from './fixture';
import { ResumingSubscriber, type EventField } from './resuming-subscriber';

/**
 * What a fault suite runs against: its own database and fixture, the
 * server processes it starts and the subscribers it opens, all stopped
 * (and the database dropped) after the suite.
 */
export class FaultRig {
  database!: TestDatabase;
  fixture!: FaultFixture;
  private readonly servers: ServerProcess[] = [];
  private readonly subscribers: ResumingSubscriber[] = [];

  /** A rig with the suite's set-up and tear-down registered; call it inside `describe`. */
  static forSuite(): FaultRig {
    const rig = new FaultRig();
    beforeAll(async () => {
      rig.database = await createTestDatabase();
      rig.fixture = await prepareFixture(rig.database);
    });
    afterAll(async () => {
      await Promise.all(rig.subscribers.map((subscriber) => subscriber.stop()));
      await Promise.all(rig.servers.map((server) => server.stop()));
      await rig.database?.drop();
    });
    return rig;
  }

  /** Starts a server process on the rig's database (on `port` to come back where it was). */
  async start(port?: number): Promise<ServerProcess> {
    const server = await ServerProcess.start({ database: this.database, port });
    this.servers.push(server);
    return server;
  }

  /** A subscriber that resumes after every disconnect, from the fixture's cursor unless told. */
  subscribe(
    url: () => string,
    cookie: string,
    field: EventField,
    after = this.fixture.cursor,
  ): ResumingSubscriber {
    const subscriber = new ResumingSubscriber({
      url,
      credentials: { cookie },
      field,
      after,
    }).start();
    this.subscribers.push(subscriber);
    return subscriber;
  }
}
