import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one process, served at /metrics. Names carry the
 * `support_console_` prefix; labels stay low-cardinality (no user ids).
 */
export class Metrics {
  readonly registry = new Registry();

  readonly connections: Gauge;

  readonly subscriptions = new Gauge({
    name: 'support_console_active_subscriptions',
    help: 'Running GraphQL subscriptions.',
    registers: [this.registry],
  });

  readonly eventLag = new Histogram({
    name: 'support_console_event_lag_seconds',
    help: 'From an event commit to its delivery on this process.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'support_console_graphql_operation_seconds',
    help: 'Duration of GraphQL operations over HTTP.',
    labelNames: ['type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'support_console_graphql_errors_total',
    help: 'GraphQL errors returned, by code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  /** `openConnections` is read at each scrape. */
  constructor(openConnections: () => number) {
    collectDefaultMetrics({ register: this.registry, prefix: 'support_console_' });
    this.connections = new Gauge({
      name: 'support_console_websocket_connections',
      help: 'Open, authenticated WebSocket connections.',
      registers: [this.registry],
      collect() {
        this.set(openConnections());
      },
    });
  }

  /** Apollo plugin timing each operation and counting its errors by code. */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const stop = this.operationDuration.startTimer();
        return {
          willSendResponse: async ({ operation, response }) => {
            stop({ type: operation?.operation ?? 'unknown' });
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              this.errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
            }
          },
        };
      },
    };
  }
}
