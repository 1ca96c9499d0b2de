import WebSocket from 'ws';
import { Role } from '@support/shared';
import { OPERATION_LIMITS } from '../../src/core/security/limits';
import { buildUser, TEST_PASSWORD } from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { Subscriber, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

describe('hostile input', () => {
  let app: TestApp;
  let http: GqlHttp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { RATE_LIMIT_LOGIN_FAILURES: '3', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '20' },
    });
    const engineer = await buildUser(app.services, Role.ENGINEER);
    http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const manyAliases = `{ ${Array.from({ length: OPERATION_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const hugeDocument = `{ ${Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'me { id }').join(' ')} }`;
  const manyDirectives = `{ me { id ${Array.from({ length: OPERATION_LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ')} } }`;
  const costly = `{ ${Array.from({ length: 14 }, (_, i) => `t${i}: tickets(first: 100) { edges { node { comments { body author { name } } history { kind actor { name } } } } }`).join(' ')} }`;
  const cases: Array<[string, string, string]> = [
    ['too many aliases', manyAliases, 'GRAPHQL_VALIDATION_FAILED'],
    ['too many tokens', hugeDocument, 'GRAPHQL_PARSE_FAILED'],
    ['too many directives', manyDirectives, 'GRAPHQL_VALIDATION_FAILED'],
    ['too costly', costly, 'GRAPHQL_VALIDATION_FAILED'],
    ['malformed', '{ tickets { edges { node { number } } ', 'GRAPHQL_PARSE_FAILED'],
    ['unknown field', '{ nothingHere }', 'GRAPHQL_VALIDATION_FAILED'],
  ];

  describe.each(cases)('an operation %s', (_name, query, code) => {
    it('is refused over HTTP with a named code', async () => {
      const result = await http.request(query);
      expect(errorCode(result)).toBe(code);
      expect(result.data ?? null).toBeNull();
    });

    it('is refused over WebSocket with the same code', async () => {
      const client = wsClient(app.url, { cookie: http.cookie });
      const subscriber = new Subscriber(client, query);
      await subscriber.waitForEnd();
      const errors = (subscriber.error ?? subscriber.received[0]?.errors) as Array<{
        extensions?: { code?: string };
      }>;
      expect(errors?.[0]?.extensions?.code).toBe(code);
      await client.dispose();
    });
  });

  describe('HTTP transport', () => {
    it('refuses a body over the limit with 413 and a named code', async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ me { id } }',
          variables: { pad: 'x'.repeat(OPERATION_LIMITS.maxBodyBytes) },
        }),
      });
      expect(response.status).toBe(413);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
          .extensions.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('refuses JSON that does not parse with 400 and a named code', async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
          .extensions.code,
      ).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a simple GET without a preflight header', 'GET', undefined],
      ['a text/plain POST (a cross-site form)', 'POST', 'text/plain'],
    ])('blocks %s (CSRF prevention)', async (_name, method, contentType) => {
      const url = `${app.url}/graphql${method === 'GET' ? '?query=%7Bme%7Bid%7D%7D' : ''}`;
      const response = await fetch(url, {
        method,
        headers: {
          ...(contentType ? { 'content-type': contentType } : {}),
          cookie: http.cookie ?? '',
        },
        body: method === 'POST' ? '{"query":"{ me { id } }"}' : undefined,
      });
      expect(response.status).toBe(400);
    });

    it('refuses batched requests', async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: http.cookie ?? '' },
        body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      });
      expect(response.status).toBe(400);
    });
  });

  describe('WebSocket transport', () => {
    it('refuses an upgrade from a foreign origin', async () => {
      const socket = new WebSocket(
        `${app.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
        {
          headers: { origin: 'https://evil.example', cookie: http.cookie ?? '' },
        },
      );
      const status = await new Promise<number>((resolve) => {
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => resolve(101));
      });
      expect(status).toBe(401);
    });

    it('closes a connection that sends a message over the limit', async () => {
      const socket = new WebSocket(
        `${app.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
        {
          headers: { cookie: http.cookie ?? '' },
        },
      );
      await new Promise((resolve) => socket.on('open', resolve));
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.send('x'.repeat(OPERATION_LIMITS.maxWsMessageBytes + 1));
      expect(await closed).toBe(1009);
    });

    it('closes a connection that never initialises', async () => {
      const socket = new WebSocket(
        `${app.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
      );
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      expect(await closed).toBe(4408);
    }, 10000);
  });

  describe('rate limits', () => {
    it('locks an account out after repeated wrong passwords, with a clear message', async () => {
      const victim = await buildUser(app.services, Role.CUSTOMER);
      const attacker = new GqlHttp(app.url);
      const attempt = (password: string) =>
        attacker.request(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
          {
            e: victim.email,
            p: password,
          },
        );
      for (let index = 0; index < 3; index += 1)
        expect(errorCode(await attempt('wrong'))).toBe('UNAUTHENTICATED');
      const locked = await attempt(TEST_PASSWORD);
      expect(errorCode(locked)).toBe('RATE_LIMITED');
      expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('counts every aliased mutation, so aliases cannot bypass the limit', async () => {
      const user = await buildUser(app.services, Role.ENGINEER);
      const client = await new GqlHttp(app.url).login(user.email, TEST_PASSWORD);
      const aliased = `mutation { ${Array.from({ length: 12 }, (_, i) => `p${i}: updateMyPreferences(input: { timeZone: "UTC" }) { id }`).join(' ')} }`;
      const first = await client.request(aliased);
      expect(first.errors).toBeUndefined();
      const second = await client.request(aliased);
      expect(second.errors?.some((error) => error.extensions?.code === 'RATE_LIMITED')).toBe(true);
    });

    it('keeps serving other users after all of the above', async () => {
      expect((await http.ok('{ me { id } }')).me.id).toBeTruthy();
    });
  });
});
