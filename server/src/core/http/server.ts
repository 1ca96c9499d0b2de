import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { printSchema, type GraphQLSchema } from 'graphql';
import { attachmentRoutes } from '../../modules/attachment/attachment.routes';
import { normaliseError } from '../errors/format-error';
import {
  createContext,
  SESSION_COOKIE,
  type AppServices,
  type RequestContext,
} from '../graphql/context';
import { armorConfig, OPERATION_LIMITS } from '../security/limits';
import { corsForAllowedOrigins, jsonErrors, refuseWhileStopping } from './http-guards';
import { attachGraphqlWs } from './graphql-ws';
import { remoteAddress } from './origin';
import { readiness } from '../observability/readiness';

/** How the HTTP server is set up. */
export interface HttpOptions {
  port: number;
  host: string;
  /** Built SPA; served when the folder exists. */
  clientDistDir: string;
  /** Turn off introspection and field suggestions (production). */
  production: boolean;
  /** Other origins allowed to call the API from browsers. */
  allowedOrigins: readonly string[];
}

/** A running server. */
export interface RunningHttpServer {
  /** Base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  port: number;
  /**
   * Stops serving: refuses new requests (503), lets running ones finish (up
   * to Apollo's 10 s grace), closes WebSockets with 1001 "going away".
   */
  close(): Promise<void>;
}

function serveSpa(server: express.Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return;
  server.use(express.static(dir, { index: false, maxAge: '1h' }));
  server.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * One port for everything: the SPA, GraphQL over HTTP (POST /graphql) and
 * GraphQL over WebSocket (/graphql), plus /healthz and /schema.graphql.
 * Both GraphQL doors apply the same GraphQL Armor limits (depth, aliases,
 * directives, tokens, cost); CSRF prevention is on for HTTP and the
 * WebSocket upgrade checks the Origin.
 */
export async function startHttpServer(
  schema: GraphQLSchema,
  app: AppServices,
  options: HttpOptions,
): Promise<RunningHttpServer> {
  const server = express();
  server.disable('x-powered-by');
  let stopping = false;
  server.use(refuseWhileStopping(() => stopping));
  const httpServer = http.createServer(server);
  // Since Node 19, http.Server.close() (the drain plugin calls it) destroys
  // "idle" connections, which include one whose response has ended but is
  // still being written: a slow client got a cut reply to a mutation that
  // had committed. The drain ends idle connections itself, gracefully.
  httpServer.closeIdleConnections = () => undefined;
  const armor = new ApolloArmor(armorConfig(options.production)).protect();
  const ws = attachGraphqlWs(httpServer, schema, app, {
    validationRules: armor.validationRules,
    allowedOrigins: options.allowedOrigins,
    hideSuggestions: options.production,
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    formatError: (formatted, error) =>
      normaliseError(formatted, error, { logger: app.logger, hideSuggestions: options.production }),
    plugins: [
      ...armor.plugins,
      app.metrics.apolloPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return { drainServer: () => ws.close() };
        },
      },
    ],
  });
  await apollo.start();

  server.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    const checks = await readiness(app.db, app.bus);
    const ready = checks.every((check) => check.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  server.get('/metrics', async (_req, res) => {
    res.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics());
  });
  server.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(printSchema(schema));
  });
  server.use(
    '/graphql',
    corsForAllowedOrigins(options.allowedOrigins),
    express.json({ limit: OPERATION_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(app, {
          cookieHeader: req.headers.cookie,
          authorization: req.headers.authorization,
          clientAddress: remoteAddress(req),
          cookies: {
            setSession: (secret, expiresAt) =>
              res.cookie(SESSION_COOKIE, secret, {
                httpOnly: true,
                sameSite: 'lax',
                secure: app.secureCookies,
                expires: expiresAt,
                path: '/',
              }),
            clearSession: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
          },
        }),
    }),
  );
  server.use('/attachments', attachmentRoutes(app, { allowedOrigins: options.allowedOrigins }));
  serveSpa(server, options.clientDistDir);
  server.use(jsonErrors(app.logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    async close() {
      stopping = true;
      await apollo.stop();
    },
  };
}
