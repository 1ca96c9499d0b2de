/** How one mutation of a burst ended, as its client saw it. */
export interface MutationOutcome {
  index: number;
  /** The comment body, unique in the burst: how the database and the events name it. */
  body: string;
  /** ok: a result without errors; error: a GraphQL error response; network: no response. */
  status: 'ok' | 'error' | 'network';
  /** `extensions.code` of the first error (status error). */
  code?: string;
  message?: string;
  /** Client clock (Date.now()) when the request was sent and when it ended. */
  startedAt: number;
  endedAt: number;
}

/** What a burst sends and where. */
export interface BurstOptions {
  /** Base URL of the server; read before each request (a restart may move it). */
  url: () => string;
  /** Session cookie of the agent who comments. */
  cookie: string;
  /** Ticket numbers; mutation i comments on ticket i mod length. */
  tickets: string[];
  count: number;
  concurrency: number;
  /** Prefix of the comment bodies, e.g. "crash". */
  label: string;
  /** A worker waits this long after a failure before its next mutation. Default 50 ms. */
  pauseAfterFailureMs?: number;
  /** Longest wait for one response. Default 15 s. */
  requestTimeoutMs?: number;
}

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;

/**
 * A burst of addComment mutations from a client that keeps going whatever
 * happens to the server: every mutation is sent once, never retried, and
 * its outcome recorded. Tests wait for a number of successes, break
 * something, and compare the outcomes with what the database committed.
 */
export class Burst {
  readonly outcomes: MutationOutcome[] = [];
  /** Resolves with every outcome, in index order, when all mutations ended. */
  readonly done: Promise<MutationOutcome[]>;
  private next = 0;
  private waiters: Array<{ count: number; wake: () => void }> = [];

  private constructor(private readonly options: BurstOptions) {
    const workers = Array.from({ length: options.concurrency }, () => this.work());
    this.done = Promise.all(workers).then(() =>
      [...this.outcomes].sort((a, b) => a.index - b.index),
    );
  }

  static start(options: BurstOptions): Burst {
    return new Burst(options);
  }

  /** Successful mutations so far. */
  get succeeded(): number {
    return this.outcomes.filter((outcome) => outcome.status === 'ok').length;
  }

  /** Resolves once `count` mutations succeeded; fails after timeoutMs or when the burst ends short. */
  async whenSucceeded(count: number, timeoutMs = 20_000): Promise<void> {
    if (this.succeeded >= count) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        new Promise<void>((wake) => this.waiters.push({ count, wake })),
        this.done.then(() => {
          throw new Error(`the burst ended with ${this.succeeded} of ${count} successes`);
        }),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${this.succeeded} of ${count} successes in ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async work(): Promise<void> {
    for (let index = this.next++; index < this.options.count; index = this.next++) {
      const outcome = await this.send(index);
      this.outcomes.push(outcome);
      const succeeded = this.succeeded;
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.count > succeeded) return true;
        waiter.wake();
        return false;
      });
      if (outcome.status !== 'ok') {
        await new Promise((resolve) => setTimeout(resolve, this.options.pauseAfterFailureMs ?? 50));
      }
    }
  }

  private async send(index: number): Promise<MutationOutcome> {
    const { tickets, label } = this.options;
    const body = `${label} ${index}`;
    const startedAt = Date.now();
    const ended = (rest: Pick<MutationOutcome, 'status' | 'code' | 'message'>) => ({
      index,
      body,
      startedAt,
      endedAt: Date.now(),
      ...rest,
    });
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.options.url()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: this.options.cookie },
        body: JSON.stringify({
          query: ADD_COMMENT,
          variables: { input: { number: tickets[index % tickets.length], body } },
        }),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 15_000),
      });
      text = await response.text();
    } catch (error) {
      return ended({ status: 'network', message: describe(error) });
    }
    let result: { data?: { addComment?: { id: string } } | null; errors?: GraphQLErrorBody[] };
    try {
      result = JSON.parse(text) as typeof result;
    } catch {
      return ended({
        status: 'network',
        message: `HTTP ${response.status}: ${text.slice(0, 200)}`,
      });
    }
    const error = result.errors?.[0];
    if (error || !result.data?.addComment) {
      return ended({
        status: 'error',
        code: String(error?.extensions?.code ?? 'NONE'),
        message: `HTTP ${response.status}: ${error?.message ?? 'no data'}`,
      });
    }
    return ended({ status: 'ok' });
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: unknown };
}

/** The error and its cause; duck-typed, as fetch's errors come from another realm than jest's. */
function describe(error: unknown): string {
  const { message, cause } = error as {
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const text = message ?? String(error);
  return cause ? `${text}: ${cause.code ?? cause.message}` : text;
}

/** Counts outcomes by status and error code, for failure messages. */
export function summarise(outcomes: MutationOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.status === 'error' ? `error:${outcome.code}` : outcome.status;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
