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
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ErrorCode } from '@support/shared';
import { databaseUnavailability } from '../database/unavailable';
import { normaliseError } from '../errors/format-error';
import { contextFor, createContext, type AppServices } from '../graphql/context';
import { OPERATION_LIMITS } from '../security/limits';
import { FORBIDDEN_CLOSE_CODE } from '../realtime/live-connections';
import type { Viewer } from '../../modules/auth/viewer';
import { DocumentCache } from './document-cache';
import { originAllowed, remoteAddress } from './origin';

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

/** setTimeout's longest delay (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes the connection when its session or token expires, so that an
 * expired credential receives nothing more; the client re-authenticates.
 */
function closeWhenExpired(
  expiresAt: Date | null,
  now: Date,
  close: () => void,
  socket: { once(event: 'close', listener: () => void): unknown },
): void {
  if (!expiresAt) return;
  const arm = (delay: number): void => {
    const timer = setTimeout(
      () => {
        const left = expiresAt.getTime() - Date.now();
        if (left > 0) arm(left);
        else close();
      },
      Math.min(Math.max(delay, 0), MAX_TIMER_MS),
    );
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
  arm(expiresAt.getTime() - now.getTime());
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

  const disposable = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string' ? params.authorization : undefined;
        const clientAddress = remoteAddress(ctx.extra.request);
        const context = await createContext(app, {
          cookieHeader: ctx.extra.request.headers.cookie,
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
          (code, reason) => socket.close(code, reason),
        );
        socket.once('close', unregister);
        closeWhenExpired(
          viewer.expiresAt,
          app.clock.now(),
          () => socket.close(FORBIDDEN_CLOSE_CODE, 'credentials expired'),
          socket,
        );
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
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: contextFor(app, state?.viewer ?? null, {
            requestId: `${state?.connectionId ?? 'ws'}:${id}`,
            sessionSecret: state?.sessionSecret,
            clientAddress: state?.clientAddress ?? 'unknown',
          }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    wsServer,
  );

  return {
    async close() {
      await disposable.dispose();
    },
  };
}
