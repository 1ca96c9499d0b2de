/** Why the database could not serve a request. */
export type UnavailableReason = 'unreachable' | 'busy';

const MESSAGES: Record<UnavailableReason, string> = {
  unreachable: 'The database is unavailable; try again shortly.',
  busy: 'The database is busy; try again shortly.',
};

/**
 * The database could not serve the request: it cannot be reached, the
 * connection broke ('unreachable'), no pooled connection became free in
 * time or lock contention outlasted the retries ('busy'). Retrying later
 * may succeed; the client sees SERVICE_UNAVAILABLE with this message.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    options: { cause?: unknown; detail?: string } = {},
  ) {
    super(MESSAGES[reason], { cause: options.cause });
    this.name = 'DatabaseUnavailableError';
    if (options.detail) this.message = `${MESSAGES[reason]} (${options.detail})`;
  }

  /** What the client is told: the message without the server-side detail. */
  get publicMessage(): string {
    return MESSAGES[this.reason];
  }
}

/**
 * Driver error codes that mean the connection, not the statement, failed:
 * network errors, a server shutting down or killing the connection, too
 * many connections.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

/**
 * Contention that outlasted its retries: Database.transaction runs a
 * deadlocked or lock-timed-out transaction again (3 attempts) before the
 * error gets here; SQLite's lock held by another process past the busy
 * timeout.
 */
const BUSY_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);

interface DriverErrorShape {
  code?: unknown;
  /** mysql2 marks errors after which the connection is unusable. */
  fatal?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

function reasonOf(error: object): UnavailableReason | null {
  const shape = error as DriverErrorShape;
  const code = String(shape.code);
  if (shape.fatal === true || CONNECTION_CODES.has(code)) return 'unreachable';
  return BUSY_CODES.has(code) ? 'busy' : null;
}

/**
 * The unavailability behind an error, or null when the error is anything
 * else (a constraint, a syntax error, a domain error). Looks through
 * TypeORM's `driverError` and `cause`.
 */
export function databaseUnavailability(error: unknown): DatabaseUnavailableError | null {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return current;
    const reason = reasonOf(current);
    if (reason) return new DatabaseUnavailableError(reason, { cause: error });
    const shape = current as DriverErrorShape;
    current = shape.driverError ?? shape.cause;
  }
  return null;
}

/** The callback side of mysql2's pool, as far as `boundPoolWaits` needs it. */
export interface CallbackPool {
  getConnection(callback: (error: Error | null, connection?: { release(): void }) => void): void;
}

/**
 * Bounds how long a request waits for a pooled connection. mysql2 3.x has
 * no acquire timeout (TypeORM's `acquireTimeout` is an option of the older
 * `mysql` driver; mysql2 ignores it), so a full pool would queue requests
 * forever. After `timeoutMs` the caller gets DatabaseUnavailableError
 * ('busy'); a connection that arrives later for a caller that gave up is
 * released at once. Every other failure to get a connection (refused,
 * timed out, queue full) becomes DatabaseUnavailableError ('unreachable'
 * or 'busy') with the driver's error as its cause.
 */
export function boundPoolWaits(pool: CallbackPool, timeoutMs: number): void {
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (callback) => {
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      callback(
        new DatabaseUnavailableError('busy', {
          detail: `no connection was free within ${timeoutMs} ms`,
        }),
      );
    }, timeoutMs);
    getConnection((error, connection) => {
      if (gaveUp) {
        connection?.release();
        return;
      }
      clearTimeout(timer);
      if (!error) {
        callback(null, connection);
        return;
      }
      // mysql2 raises these two without a code when its wait queue is full or closed.
      const queueFull = /queue limit/i.test(error.message);
      callback(
        new DatabaseUnavailableError(queueFull ? 'busy' : 'unreachable', {
          cause: error,
          detail: error.message,
        }),
      );
    });
  };
}
