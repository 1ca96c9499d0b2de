import type { Client } from 'graphql-ws';
import { compareSequence } from '../../../src/core/events/ticket-event-message';
import { wsClient, type WsCredentials } from '../../support/graphql-ws';

/** One event as the subscriber received it. */
export interface DeliveredEvent {
  sequence: string;
  kind: string;
  /** The comment's body (COMMENT_ADDED), else null. */
  body: string | null;
  /** Which connection (0, 1, ...) delivered it. */
  connection: number;
}

/** The subscriptions a resuming subscriber can follow. */
export type EventField = 'queueEvents' | 'organisationTicketEvents';

/** Who subscribes, to what, from where. */
export interface ResumingOptions {
  /** Base URL of the server; read at each connection (a restart may move it). */
  url: () => string;
  credentials: WsCredentials;
  field: EventField;
  /** The sequence to start after (e.g. the eventCursor before the burst). */
  after: string;
  /** Pause before reconnecting. Default 100 ms. */
  retryDelayMs?: number;
}

/**
 * A subscriber that behaves as the console's client should: whenever its
 * connection or subscription ends (server killed, going away, refused), it
 * reconnects and subscribes again with `after` = the last sequence it
 * received. Unlike a real client it keeps every event it receives, so tests
 * can prove the server sent each one exactly once and in order.
 */
export class ResumingSubscriber {
  readonly delivered: DeliveredEvent[] = [];
  /** What ended each connection: a close code, a GraphQL error code or a description. */
  readonly endings: Array<number | string> = [];
  private client: Client | null = null;
  private connections = 0;
  private stopped = false;
  private last: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ResumingOptions) {
    this.last = options.after;
  }

  /** Connects; reconnects on its own until stop(). */
  start(): this {
    this.connect();
    return this;
  }

  /** The last sequence received (or the starting one). */
  get lastSequence(): string {
    return this.last;
  }

  /** Resolves when an event with `sequence` or later arrived; fails after timeoutMs. */
  async waitForSequence(sequence: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (compareSequence(this.last, sequence) < 0) {
      if (Date.now() > deadline) {
        throw new Error(
          `subscriber reached ${this.last}, not ${sequence}, in ${timeoutMs} ms; ` +
            `endings ${JSON.stringify(this.endings)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Closes the connection and stops reconnecting. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.dispose();
    this.client = null;
  }

  private connect(): void {
    if (this.stopped) return;
    const connection = this.connections++;
    const client = wsClient(this.options.url(), this.options.credentials);
    this.client = client;
    let ended = false;
    const end = (why: number | string) => {
      if (ended) return;
      ended = true;
      this.endings.push(why);
      void client.dispose();
      if (this.client === client) this.client = null;
      if (!this.stopped) {
        this.timer = setTimeout(() => this.connect(), this.options.retryDelayMs ?? 100);
      }
    };
    const field = this.options.field;
    client.subscribe<Record<string, EventView>>(
      {
        query: `subscription Resume($after: String) {
          ${field}(after: $after) { sequence kind comment { body } }
        }`,
        variables: { after: this.last },
      },
      {
        next: (result) => {
          const event = result.data?.[field];
          if (result.errors?.length || !event) {
            end(String(result.errors?.[0]?.extensions?.code ?? 'NO_DATA'));
            return;
          }
          this.delivered.push({
            sequence: event.sequence,
            kind: event.kind,
            body: event.comment?.body ?? null,
            connection,
          });
          this.last = event.sequence;
        },
        error: (error) => end(describeEnding(error)),
        complete: () => end('complete'),
      },
    );
  }
}

interface EventView {
  sequence: string;
  kind: string;
  comment: { body: string } | null;
}

/** A close code, the first GraphQL error code, or the error's text. */
function describeEnding(error: unknown): number | string {
  if (Array.isArray(error)) {
    const first = error[0] as { extensions?: { code?: unknown } } | undefined;
    return String(first?.extensions?.code ?? 'GRAPHQL_ERROR');
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number') return code;
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : 'connection error';
}
