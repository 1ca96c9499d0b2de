import type { DataSource, EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { createDataSource, MYSQL_ACQUIRE_TIMEOUT_MS, type DatabaseTarget } from './data-source';
import { Mutex } from './mutex';
import { boundPoolWaits, type CallbackPool } from './unavailable';

/** Attempts of a transaction that keeps deadlocking before the error is raised. */
const MAX_ATTEMPTS = 3;

/** MySQL errors after which the same transaction may succeed when run again. */
const RETRYABLE_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

function isRetryable(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError;
  return RETRYABLE_CODES.has(driverError?.code ?? '');
}

/**
 * The application's database: a writer for transactions and a reader for
 * everything else. On MySQL each has its own pool. On SQLite,
 * TypeORM shares one connection between all query runners, so concurrent
 * transactions would interleave on it: writes take a process-wide lock and
 * reads use a second connection that only sees committed data (WAL).
 */
export class Database {
  private readonly writeLock = new Mutex();

  private constructor(
    readonly target: DatabaseTarget,
    private readonly writer: DataSource,
    private readonly readerSource: DataSource,
  ) {}

  /**
   * Opens the connections. Throws when the database cannot be reached. On
   * MySQL a request waits at most MYSQL_ACQUIRE_TIMEOUT_MS for a pooled
   * connection; a pool that lost its connections (the server restarted)
   * opens new ones on demand.
   */
  static async open(target: DatabaseTarget): Promise<Database> {
    const writer = await (await createDataSource(target)).initialize();
    // Reads get connections of their own: on MySQL, a pool of their own, so
    // that live events and page loads never queue behind a burst of write
    // transactions waiting for the writers' pool.
    const reader = await (
      await createDataSource(target, 'reader')
    )
      .initialize()
      .catch(async (error: unknown) => {
        await writer.destroy();
        throw error;
      });
    if (target.dialect === 'mysql') {
      for (const source of [writer, reader]) {
        boundPoolWaits(
          (source.driver as unknown as { pool: CallbackPool }).pool,
          MYSQL_ACQUIRE_TIMEOUT_MS,
        );
      }
    }
    return new Database(target, writer, reader);
  }

  /** Entity manager for reads outside a transaction. */
  get reader(): EntityManager {
    return this.readerSource.manager;
  }

  /** The data source that runs migrations. */
  get migrator(): DataSource {
    return this.writer;
  }

  /**
   * Runs `work` in one transaction; it commits when `work` resolves, else
   * rolls back. On MySQL a deadlock or lock-wait timeout rolls the whole
   * transaction back, so it is run again, up to MAX_ATTEMPTS times in all.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.target.dialect === 'sqlite') {
      return this.writeLock.run(() => this.writer.transaction(work));
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writer.transaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  }

  /**
   * An instant as the dialect compares it in hand-written conditions: SQLite
   * stores UTC text, so raw parameters must use the same text.
   */
  toDbDate(instant: Date | string): unknown {
    const date = new Date(instant);
    return this.target.dialect === 'sqlite' ? DateUtils.mixedDateToUtcDatetimeString(date) : date;
  }

  /** Closes every connection. */
  async close(): Promise<void> {
    if (this.readerSource !== this.writer && this.readerSource.isInitialized) {
      await this.readerSource.destroy();
    }
    if (this.writer.isInitialized) await this.writer.destroy();
  }
}
