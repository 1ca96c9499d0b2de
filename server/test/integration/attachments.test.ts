import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Role } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import { Attachment } from '../../src/modules/attachment/attachment.entity';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { GqlHttp } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

const MAX_BYTES = 100_000;
const MAX_PER_TICKET = 3;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** An HTTP answer as the tests read it. */
interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json<T = Record<string, unknown>>(): T;
}

interface UploadOptions {
  cookie?: string;
  bearer?: string;
  ticket?: string;
  filename: string;
  content: Buffer;
  /** Send without Content-Length, in chunks (the size is known only at the end). */
  chunked?: boolean;
}

/** A multipart body; names with control characters travel as RFC 5987 `filename*`. */
function multipart(filename: string, content: Buffer) {
  const boundary = `----support-test-${Date.now()}`;
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  const name = /[\u0000-\u001f\\"]/.test(filename)
    ? `filename*=UTF-8''${encodeURIComponent(filename)}`
    : `filename="${filename}"`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${name}\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, content, tail]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

function answer(response: http.IncomingMessage, body: Buffer): Answer {
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    body,
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
  };
}

/**
 * Posts a file as a browser would (raw UTF-8 name). The server may answer
 * 413 and close before the body is sent: the answer still counts.
 */
function upload(baseUrl: string, options: UploadOptions): Promise<Answer> {
  const { body, type } = multipart(options.filename, options.content);
  const query = options.ticket ? `?ticket=${options.ticket}` : '';
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/attachments${query}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
        ...(options.chunked ? {} : { 'content-length': String(body.length) }),
      },
    });
    let answered = false;
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(answer(response, Buffer.concat(chunks))));
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const step = 16 * 1024;
    for (let offset = 0; offset < body.length; offset += step) {
      request.write(body.subarray(offset, offset + step));
    }
    request.end();
  });
}

async function get(url: string, cookie?: string, bearer?: string): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body,
    json: <T>() => JSON.parse(body.toString('utf8')) as T,
  };
}

const ADD_COMMENT = `mutation($n: String!, $b: String!, $i: Boolean!, $ids: [ID!]) {
  addComment(input: { number: $n, body: $b, internal: $i, attachmentIds: $ids }) {
    id attachments { id name size contentType internal url thumbnailUrl commentId uploadedBy { name } }
  }
}`;
const TICKET_FILES = `query($n: String!) {
  ticket(number: $n) { attachments { id name internal commentId } comments { attachments { id } } }
}`;

describe('attachments', () => {
  let app: TestApp;
  let folder: string;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
        ATTACHMENT_MAX_PER_TICKET: String(MAX_PER_TICKET),
      },
    });
    folder = path.join(app.database.dataDir, 'attachments');
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function login(user: User): Promise<string> {
    return (await new GqlHttp(app.url).login(user.email, TEST_PASSWORD)).cookie as string;
  }

  async function scene() {
    const organisation = await buildOrganisation(app.services);
    const customer = await buildCustomer(app.services, organisation);
    const colleague = await buildCustomer(app.services, organisation);
    const stranger = await buildCustomer(app.services, await buildOrganisation(app.services));
    const engineer = await buildUser(app.services, Role.ENGINEER);
    const ticket = await buildTicket(app.services, customer);
    return {
      ticket,
      customer: await login(customer),
      colleague: await login(colleague),
      stranger: await login(stranger),
      engineer: await login(engineer),
    };
  }

  function filesOnDisk(): string[] {
    return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  }

  describe('upload and download', () => {
    it('stores a file with its type sniffed from the content and its name cleaned', async () => {
      const { ticket, customer } = await scene();
      const result = await upload(app.url, {
        cookie: customer,
        ticket: ticket.number,
        filename: 'C:\\Users\\花子\\..\\スクリーン\u0007ショット\u202e.txt',
        content: PNG,
      });
      expect(result.status).toBe(201);
      expect(result.json()).toEqual({
        id: expect.stringMatching(/^\d+$/),
        name: 'スクリーンショット.txt',
        size: PNG.length,
        contentType: 'image/png',
      });
    });

    it('serves a file of a comment to the ticket’s organisation, as a download, with nosniff', async () => {
      const { ticket, customer, colleague, stranger } = await scene();
      const uploaded = await upload(app.url, {
        cookie: customer,
        ticket: ticket.number,
        filename: '請求書 (2026).png',
        content: PNG,
      });
      const { id } = uploaded.json<{ id: string }>();
      const gql = new GqlHttp(app.url);
      gql.cookie = customer;
      const { addComment } = await gql.ok(ADD_COMMENT, {
        n: ticket.number,
        b: 'Screenshot attached',
        i: false,
        ids: [id],
      });
      expect(addComment.attachments).toEqual([
        {
          id,
          name: '請求書 (2026).png',
          size: PNG.length,
          contentType: 'image/png',
          internal: false,
          url: `/attachments/${id}`,
          thumbnailUrl: `/attachments/${id}/thumbnail`,
          commentId: addComment.id,
          uploadedBy: { name: expect.any(String) },
        },
      ]);

      const download = await get(`${app.url}/attachments/${id}`, colleague);
      expect(download.status).toBe(200);
      expect(download.body.equals(PNG)).toBe(true);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="___ (2026).png"; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8%20%282026%29.png`,
      );
      const thumbnail = await get(`${app.url}/attachments/${id}/thumbnail`, colleague);
      expect(thumbnail.status).toBe(200);
      expect(thumbnail.headers['content-disposition']).toMatch(/^inline; /);

      expect((await get(`${app.url}/attachments/${id}`, stranger)).status).toBe(404);
      expect((await get(`${app.url}/attachments/${id}/thumbnail`, stranger)).status).toBe(404);
      const anonymous = await get(`${app.url}/attachments/${id}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      });
    });

    it('keeps files of internal notes for agents', async () => {
      const { ticket, customer, engineer } = await scene();
      const uploaded = await upload(app.url, {
        cookie: engineer,
        ticket: ticket.number,
        filename: 'server.log',
        content: Buffer.from('2026-05-11 ERROR disk full\n'),
      });
      const { id, contentType } = uploaded.json<{ id: string; contentType: string }>();
      expect(contentType).toBe('text/plain');
      const agent = new GqlHttp(app.url);
      agent.cookie = engineer;
      await agent.ok(ADD_COMMENT, { n: ticket.number, b: 'Log from ops', i: true, ids: [id] });

      const forAgent = await get(`${app.url}/attachments/${id}`, engineer);
      expect(forAgent.status).toBe(200);
      expect(forAgent.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect((await get(`${app.url}/attachments/${id}`, customer)).status).toBe(404);

      const requester = new GqlHttp(app.url);
      requester.cookie = customer;
      const seen = await requester.ok(TICKET_FILES, { n: ticket.number });
      expect(seen.ticket.attachments).toEqual([]);
      const seenByAgent = await agent.ok(TICKET_FILES, { n: ticket.number });
      expect(seenByAgent.ticket.attachments).toEqual([
        { id, name: 'server.log', internal: true, commentId: expect.any(String) },
      ]);
    });

    it('attaches pending uploads to a new ticket; an upload is its uploader’s until then', async () => {
      const { customer, colleague } = await scene();
      const mine = (
        await upload(app.url, {
          cookie: customer,
          filename: 'a.pdf',
          content: Buffer.from('%PDF-1.7\n'),
        })
      ).json<{ id: string; contentType: string }>();
      expect(mine.contentType).toBe('application/pdf');
      const theirs = (
        await upload(app.url, { cookie: colleague, filename: 'b.txt', content: Buffer.from('hi') })
      ).json<{ id: string }>();
      expect((await get(`${app.url}/attachments/${mine.id}`, colleague)).status).toBe(404);

      const gql = new GqlHttp(app.url);
      gql.cookie = customer;
      const create = `mutation($ids: [ID!]) {
        createTicket(input: { type: QUESTION, severity: 4, title: "With files", description: "x", attachmentIds: $ids }) {
          number attachments { id commentId }
        }
      }`;
      const refused = await gql.request(create, { ids: [mine.id, theirs.id] });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'attachmentIds',
      });
      const { createTicket } = await gql.ok(create, { ids: [mine.id] });
      expect(createTicket.attachments).toEqual([{ id: mine.id, commentId: null }]);
      expect((await get(`${app.url}/attachments/${mine.id}`, colleague)).status).toBe(200);
      expect((await gql.request(create, { ids: [mine.id] })).errors?.[0]?.extensions?.field).toBe(
        'attachmentIds',
      );
    });
  });

  describe('tokens', () => {
    it('lets an organisation token read its files and never upload', async () => {
      const { ticket, customer } = await scene();
      const { id } = (
        await upload(app.url, { cookie: customer, filename: 'a.txt', content: Buffer.from('a') })
      ).json<{ id: string }>();
      const gql = new GqlHttp(app.url);
      gql.cookie = customer;
      await gql.ok(ADD_COMMENT, { n: ticket.number, b: 'file', i: false, ids: [id] });
      const admin = await new GqlHttp(app.url).login(
        (await buildUser(app.services, Role.ADMIN)).email,
        TEST_PASSWORD,
      );
      const { createApiToken } = await admin.ok(
        'mutation($o: ID!) { createApiToken(input: { name: "ERP", organisationId: $o }) { token } }',
        { o: String(ticket.organisationId) },
      );

      expect(
        (await get(`${app.url}/attachments/${id}`, undefined, createApiToken.token)).status,
      ).toBe(200);
      const refused = await upload(app.url, {
        bearer: createApiToken.token,
        ticket: ticket.number,
        filename: 'b.txt',
        content: Buffer.from('b'),
      });
      expect(refused.status).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    });
  });

  describe('limits', () => {
    it('refuses a file over the size limit with 413 and keeps nothing of it', async () => {
      const { ticket, customer } = await scene();
      const before = filesOnDisk();
      const rows = await app.services.db.reader.count(Attachment);
      for (const chunked of [false, true]) {
        const result = await upload(app.url, {
          cookie: customer,
          ticket: ticket.number,
          filename: 'huge.bin',
          content: Buffer.alloc(MAX_BYTES + 1, 7),
          chunked,
        });
        expect(result.status).toBe(413);
        expect(result.json()).toEqual({
          error: {
            code: 'BAD_USER_INPUT',
            field: 'file',
            message: expect.stringMatching(/larger/),
          },
        });
      }
      expect(filesOnDisk()).toEqual(before);
      expect(await app.services.db.reader.count(Attachment)).toBe(rows);
    });

    it('accepts a file of exactly the limit', async () => {
      const { ticket, customer } = await scene();
      const result = await upload(app.url, {
        cookie: customer,
        ticket: ticket.number,
        filename: 'max.bin',
        content: Buffer.alloc(MAX_BYTES, 0),
        chunked: true,
      });
      expect(result.status).toBe(201);
      expect(result.json()).toMatchObject({
        size: MAX_BYTES,
        contentType: 'application/octet-stream',
      });
    });

    it('refuses more files than a ticket may hold', async () => {
      const { ticket, customer } = await scene();
      const send = () =>
        upload(app.url, {
          cookie: customer,
          ticket: ticket.number,
          filename: 'n.txt',
          content: Buffer.from('n'),
        });
      for (let index = 0; index < MAX_PER_TICKET; index += 1)
        expect((await send()).status).toBe(201);
      const refused = await send();
      expect(refused.status).toBe(413);
      expect(refused.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'file' } });
    });

    it('leaves nothing behind when the upload is interrupted', async () => {
      const { ticket, customer } = await scene();
      const before = filesOnDisk();
      const rows = await app.services.db.reader.count(Attachment);
      const { body, type } = multipart('cut.bin', Buffer.alloc(MAX_BYTES - 10, 1));
      const request = http.request(`${app.url}/attachments?ticket=${ticket.number}`, {
        method: 'POST',
        headers: { 'content-type': type, 'content-length': String(body.length), cookie: customer },
      });
      request.on('error', () => undefined);
      request.write(body.subarray(0, body.length / 2));
      const deadline = Date.now() + 5000;
      while (!filesOnDisk().some((name) => name.endsWith('.part'))) {
        if (Date.now() > deadline) throw new Error('the upload never started');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      request.destroy();
      while (filesOnDisk().length !== before.length) {
        if (Date.now() > deadline) throw new Error(`left behind: ${filesOnDisk().join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(filesOnDisk()).toEqual(before);
      expect(await app.services.db.reader.count(Attachment)).toBe(rows);
    });

    it('refuses uploads to a ticket the uploader may not see', async () => {
      const { ticket, stranger } = await scene();
      const result = await upload(app.url, {
        cookie: stranger,
        ticket: ticket.number,
        filename: 'x.txt',
        content: Buffer.from('x'),
      });
      expect(result.status).toBe(404);
      expect(result.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });
  });

  describe('abandoned uploads', () => {
    it('are forgotten, bytes and all, after a day', async () => {
      const clock = new ManualClock(new Date('2026-05-11T00:00:00Z'));
      const timed = await startTestApp({ clock });
      try {
        const organisation = await buildOrganisation(timed.services);
        const customer = await buildCustomer(timed.services, organisation);
        const cookie = (await new GqlHttp(timed.url).login(customer.email, TEST_PASSWORD)).cookie;
        const send = () =>
          upload(timed.url, { cookie, filename: 'x.txt', content: Buffer.from('x') });
        const abandoned = (await send()).json<{ id: string }>();
        const store = path.join(timed.database.dataDir, 'attachments');
        expect(fs.readdirSync(store)).toHaveLength(1);

        clock.advance(25 * 3600_000);
        const fresh = (await send()).json<{ id: string }>();
        expect(fs.readdirSync(store)).toHaveLength(1);
        const ids = (await timed.services.db.reader.find(Attachment)).map((row) => String(row.id));
        expect(ids).toEqual([fresh.id]);
        expect(ids).not.toContain(abandoned.id);
      } finally {
        await timed.stop();
      }
    });
  });
});
