import type { Server as HttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode } from '@support/shared';
import { databaseUnavailability } from '../database/unavailable';
import { normaliseError } from '../errors/format-error';
import {
  contextFor,
  createContext,
  type AppServices,
  type RequestContext,
} from '../graphql/context';
import { OPERATION_LIMITS } from '../security/limits';
import type { Viewer } from '../../modules/auth/viewer';
import { DocumentCache } from './document-cache';
import { SharedExecution, type ResultSink } from './shared-execution';
import { serveGraphqlWs } from './ws-transport';
import { originAllowed } from './origin';

/** WebSocket close codes this door sends itself (graphql-ws sends the protocol's). */
const CloseCode = {
  /** RFC 6455 "Try Again Later": the database is unavailable; clients retry. */
  TRY_AGAIN_LATER: 1013,
} as const;

/** What a WebSocket connection remembers after connection_init. */
interface ConnectionState {
  connectionId: string;
  viewer: Viewer;
  sessionSecret: string | undefined;
  clientAddress: string;
}

/** How the WebSocket door is guarded: the same limits as HTTP. */
export interface WsOptions {
  /** GraphQL Armor's validation rules (depth, aliases, directives, cost). */
  validationRules: readonly ValidationRule[];
  /** Origins other than the console's own that may connect. */
  allowedOrigins: readonly string[];
  /** Hide "Did you mean" suggestions (production). */
  hideSuggestions: boolean;
}

/**
 * Bytes a connection may have waiting to be sent before it counts as too
 * slow to follow: it is closed with 1013 (try again later) and its client
 * reconnects and resumes from its last sequence, instead of the server
 * buffering without bound.
 */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Writes one subscription's results straight to its socket, as graphql-ws `next` messages. */
function sinkFor(socket: WebSocket, id: string): ResultSink {
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (payload) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.close(CloseCode.TRY_AGAIN_LATER, 'too slow: reconnect and resume');
      return;
    }
    socket.send(`${prefix}${payload}}`);
  };
}

function parseLimited(query: string): DocumentNode | readonly GraphQLError[] {
  try {
    return parse(query, { maxTokens: OPERATION_LIMITS.maxTokens });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Syntax error.';
    return [new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } })];
  }
}

/**
 * GraphQL over WebSocket (graphql-transport-ws) on the HTTP server's port
 * and path. The upgrade is refused for foreign origins; a connection
 * authenticates once, with the session cookie of the upgrade request or
 * `{ authorization: "Bearer <token>" }` in connection_init, and is closed
 * with 4403 without valid credentials (1013, try again later, while the
 * database is unavailable). Every operation is parsed and
 * validated under the same limits as HTTP and gets its context from the
 * same factory. graphql-ws closes a connection that sends no
 * connection_init within 3 s (its default).
 */
export function attachGraphqlWs(
  httpServer: HttpServer,
  schema: GraphQLSchema,
  app: AppServices,
  options: WsOptions,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: OPERATION_LIMITS.maxWsMessageBytes,
    verifyClient: ({ req }: { req: import('node:http').IncomingMessage }) =>
      originAllowed(req, options.allowedOrigins),
  });
  const states = new WeakMap<object, ConnectionState>();
  const rules = [...specifiedRules, ...options.validationRules];
  const documents = new DocumentCache();
  const normalise = { logger: app.logger, hideSuggestions: options.hideSuggestions };
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => normaliseError(error.toJSON(), error, normalise));

  const sinks = new WeakMap<RequestContext, ResultSink>();
  const shared = new SharedExecution(schema, {
    // Each event is executed with a fresh context of the subscriber's viewer.
    eventContext: (subscriber) =>
      contextFor(app, subscriber.viewer, {
        requestId: subscriber.requestId,
        sessionSecret: subscriber.sessionSecret,
        clientAddress: subscriber.clientAddress,
      }),
    sinkOf: (subscriber) => sinks.get(subscriber),
    formatResult: (result) =>
      result.errors ? { ...result, errors: format(result.errors) } : result,
  });

  // Sessions and tokens expire while connected: checked every second.
  const expirySweep = setInterval(() => app.connections.expire(app.clock.now()), 1000);
  expirySweep.unref();

  const disposable = serveGraphqlWs(
    wsServer,
    {
      schema,
      subscribe: shared.subscribe,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string' ? params.authorization : undefined;
        const { clientAddress } = ctx.extra;
        const context = await createContext(app, {
          cookieHeader: ctx.extra.cookie,
          authorization,
          cookies: null,
          clientAddress,
        }).catch((error: unknown) => {
          const unavailable = databaseUnavailability(error);
          if (!unavailable) throw error;
          // A throw here closes with 4500, on which graphql-ws clients give up;
          // they retry 1013. graphql-ws's own 4403 for `false` is then a no-op.
          ctx.extra.socket.close(CloseCode.TRY_AGAIN_LATER, unavailable.publicMessage);
          return null;
        });
        if (!context) return false;
        const viewer = context.viewer;
        if (!viewer) return false;
        const socket = ctx.extra.socket;
        const unregister = app.connections.add(
          {
            userId: viewer.user?.id ?? null,
            tokenId: viewer.tokenId,
            sessionHash: viewer.sessionHash,
          },
          viewer.expiresAt,
          (code, reason) => socket.close(code, reason),
        );
        socket.once('close', unregister);
        // Authenticated: the cookie is not needed any more.
        ctx.extra.cookie = undefined;
        states.set(ctx.extra, {
          connectionId: randomUUID(),
          viewer,
          sessionSecret: context.sessionSecret,
          clientAddress,
        });
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const cached = documents.get(payload.query);
        const document = cached ?? parseLimited(payload.query);
        if (!('kind' in document)) return document;
        const errors = cached ? [] : validate(schema, document, rules);
        if (errors.length > 0) {
          // As Apollo does over HTTP: every validation failure, limits included, has one code.
          return errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
              }),
          );
        }
        if (!cached) documents.set(payload.query, document);
        const state = states.get(ctx.extra);
        const contextValue = contextFor(app, state?.viewer ?? null, {
          requestId: `${state?.connectionId ?? 'ws'}:${id}`,
          sessionSecret: state?.sessionSecret,
          clientAddress: state?.clientAddress ?? 'unknown',
        });
        sinks.set(contextValue, sinkFor(ctx.extra.socket, id));
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    app.logger,
  );

  return {
    async close() {
      clearInterval(expirySweep);
      await disposable.dispose();
    },
  };
}
