import type { Server as HttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { normaliseError } from '../errors/format-error';
import { contextFor, createContext, type AppServices } from '../graphql/context';
import type { Viewer } from '../../modules/auth/viewer';

/** What a WebSocket connection remembers after connection_init. */
interface ConnectionState {
  connectionId: string;
  viewer: Viewer;
  sessionSecret: string | undefined;
}

/** Largest WebSocket message accepted, in bytes. */
export const MAX_WS_MESSAGE_BYTES = 256 * 1024;

/**
 * GraphQL over WebSocket (graphql-transport-ws) on the HTTP server's port
 * and path. A connection authenticates once, with the session cookie of the
 * upgrade request or `{ authorization: "Bearer <token>" }` in
 * connection_init; without valid credentials it is closed with 4403.
 * Each operation gets a context from the same factory as HTTP.
 */
export function attachGraphqlWs(
  httpServer: HttpServer,
  schema: GraphQLSchema,
  app: AppServices,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_WS_MESSAGE_BYTES,
  });
  const states = new WeakMap<object, ConnectionState>();
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => normaliseError(error.toJSON(), error, { logger: app.logger }));

  const disposable = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string' ? params.authorization : undefined;
        const context = await createContext(app, {
          cookieHeader: ctx.extra.request.headers.cookie,
          authorization,
          cookies: null,
        });
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
        states.set(ctx.extra, {
          connectionId: randomUUID(),
          viewer,
          sessionSecret: context.sessionSecret,
        });
        return true;
      },
      context: (ctx, id) => {
        const state = states.get(ctx.extra);
        return contextFor(app, state?.viewer ?? null, {
          requestId: `${state?.connectionId ?? 'ws'}:${id}`,
          sessionSecret: state?.sessionSecret,
        });
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
