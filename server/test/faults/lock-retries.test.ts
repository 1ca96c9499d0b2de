import { createConnection } from 'mysql2/promise';
import type { EntityManager } from 'typeorm';
import { databaseUnavailability } from '../../src/core/database/unavailable';
import { startTestApp, type TestApp } from '../support/test-app';

/** Locks a counter row until the transaction ends. */
function lockCounter(manager: EntityManager, name: 'ticket_number' | 'event_sequence') {
  return manager.query('SELECT value FROM counter WHERE name = ? FOR UPDATE', [name]);
}

/** A promise and the function that resolves it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

// Deadlocks and lock-wait timeouts are InnoDB's; SQLite serialises writers.
const onMySql = Boolean(process.env.DATABASE_URL);

(onMySql ? describe : describe.skip)('lock contention on MySQL/MariaDB', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('a deadlock', () => {
    it('runs the victim again, so both transactions commit', async () => {
      const bothLocked = [gate(), gate()];
      const attempts = [0, 0];
      const order: Array<['ticket_number' | 'event_sequence', 'ticket_number' | 'event_sequence']> =
        [
          ['ticket_number', 'event_sequence'],
          ['event_sequence', 'ticket_number'],
        ];
      const results = await Promise.all(
        [0, 1].map((side) =>
          app.services.db.transaction(async (manager) => {
            attempts[side] += 1;
            await lockCounter(manager, order[side][0]);
            // The first attempts lock opposite rows, then each asks for the other's.
            bothLocked[side].open();
            await bothLocked[1 - side].opened;
            await lockCounter(manager, order[side][1]);
            return side;
          }),
        ),
      );

      expect(results).toEqual([0, 1]);
      expect([...attempts].sort()).toEqual([1, 2]);
    });
  });

  describe('a lock-wait timeout', () => {
    async function holdCounterLock(): Promise<() => Promise<void>> {
      const holder = await createConnection(app.database.databaseUrl!);
      await holder.query('START TRANSACTION');
      await holder.query('SELECT value FROM counter WHERE name = ? FOR UPDATE', ['event_sequence']);
      return async () => {
        await holder.query('ROLLBACK');
        await holder.end();
      };
    }

    /** One attempt: waits at most 1 s for the counter row (this session only). */
    function impatient(attempts: { count: number }) {
      return app.services.db.transaction(async (manager) => {
        attempts.count += 1;
        await manager.query('SET SESSION innodb_lock_wait_timeout = 1');
        await lockCounter(manager, 'event_sequence');
      });
    }

    it('runs the transaction again and commits once the lock is free', async () => {
      const release = await holdCounterLock();
      const attempts = { count: 0 };
      const done = impatient(attempts);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await release();
      await done;

      expect(attempts.count).toBe(2);
    });

    it('gives up after 3 attempts with a "busy" error', async () => {
      const release = await holdCounterLock();
      const attempts = { count: 0 };
      const outcome = await impatient(attempts).then(
        () => null,
        (error: unknown) => error,
      );
      await release();

      expect(attempts.count).toBe(3);
      expect(databaseUnavailability(outcome)?.reason).toBe('busy');
    }, 15_000);
  });
});
