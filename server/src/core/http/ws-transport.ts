import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, type ServerOptions } from 'graphql-ws';
import { makeServer } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { AppLogger } from '../logging/logger';
import { remoteAddress } from './origin';

/** What graphql-ws hands our hooks about a connection (its `ctx.extra`). */
export interface WsExtra {
  socket: WebSocket;
  /** The upgrade request's Cookie header. */
  cookie: string | undefined;
  clientAddress: string;
}

/** How often every connection is pinged; one that has not answered the previous ping is dropped. */
const KEEP_ALIVE_MS = 30_000;
/** Pings go out in slices, this often, so that ten thousand never go at once. */
const SLICE_MS = 1000;

/**
 * graphql-ws's protocol server on a `ws` WebSocketServer: what graphql-ws's
 * own `useServer` does, shaped for many long-lived connections.
 * - A connection keeps what its hooks need (cookie, address), not the
 *   upgrade request with its socket and headers.
 * - One timer pings every connection over KEEP_ALIVE_MS, a slice each
 *   second, instead of an interval and a timeout per connection.
 * - Errors of a socket are logged and close it with 4500.
 */
export function serveGraphqlWs(
  wsServer: WebSocketServer,
  options: ServerOptions<Record<string, unknown>, WsExtra>,
  logger: AppLogger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wsServer.options.handleProtocols = handleProtocols;
  const unanswered = new WeakSet<WebSocket>();
  let turn: Iterator<WebSocket> | null = null;

  const keepAlive = setInterval(() => {
    const clients = wsServer.clients;
    const slice = Math.ceil((clients.size * SLICE_MS) / KEEP_ALIVE_MS);
    for (let index = 0; index < slice; index += 1) {
      let next = turn?.next();
      if (!next || next.done) {
        turn = clients.values();
        next = turn.next();
        if (next.done) return;
      }
      const socket = next.value;
      if (socket.readyState !== socket.OPEN) continue;
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, SLICE_MS);
  keepAlive.unref();

  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('pong', () => unanswered.delete(socket));
    socket.once('error', (error) => {
      logger.warn({ err: error, category: 'websocket' }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error({ err: error, category: 'websocket' }, 'handling a message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      {
        socket,
        cookie: request.headers.cookie,
        clientAddress: remoteAddress(request),
      },
    );
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });

  return {
    async dispose() {
      clearInterval(keepAlive);
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wsServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
