import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { AUTHENTICATED, enforceAccess } from '../../core/graphql/access';
import { createContext, type AppServices } from '../../core/graphql/context';
import { corsForAllowedOrigins } from '../../core/http/http-guards';
import { originAllowed, remoteAddress } from '../../core/http/origin';
import { forbidden, notFound } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import type { Attachment } from './attachment.entity';
import { sendError } from './attachment-errors';
import { IMAGE_TYPES } from './content-type';
import { contentDisposition } from './file-name';

/** What the routes need from the HTTP server's options. */
export interface AttachmentRouteOptions {
  /** Other origins allowed to call the console from a browser (CORS_ORIGINS). */
  allowedOrigins: readonly string[];
}

/**
 * Authenticates like GraphQL (session cookie or bearer token, through the
 * one context factory) and applies the same access rule: uploads count as
 * writes (read-only tokens are refused), downloads as reads.
 */
async function viewerOf(
  app: AppServices,
  req: Request,
  operation: 'query' | 'mutation',
): Promise<Viewer> {
  const context = await createContext(app, {
    cookieHeader: req.headers.cookie,
    authorization: req.headers.authorization,
    cookies: null,
    clientAddress: remoteAddress(req),
  });
  enforceAccess(AUTHENTICATED, context.viewer, operation, app.clock.now());
  return context.viewer as Viewer;
}

function summary(attachment: Attachment) {
  return {
    id: String(attachment.id),
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
  };
}

async function upload(
  app: AppServices,
  options: AttachmentRouteOptions,
  req: Request,
  res: Response,
): Promise<void> {
  try {
    // A cookie-authenticated form post from another site must not add files.
    if (!originAllowed(req, options.allowedOrigins)) throw forbidden('Cross-site upload refused.');
    const viewer = await viewerOf(app, req, 'mutation');
    const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : undefined;
    const attachment = await app.attachments.upload(viewer, ticket, req);
    res.status(201).json(summary(attachment));
  } catch (error) {
    // The unread rest of a refused body must not be taken for the next request.
    if (!req.complete) res.setHeader('Connection', 'close');
    sendError(res, error, app.logger);
  }
}

async function download(
  app: AppServices,
  disposition: 'attachment' | 'inline',
  req: Request,
  res: Response,
): Promise<void> {
  try {
    const viewer = await viewerOf(app, req, 'query');
    const { attachment, content } = await app.attachments.open(viewer, String(req.params.id));
    const image = IMAGE_TYPES.includes(attachment.contentType);
    if (disposition === 'inline' && !image) {
      content.destroy();
      throw notFound('This file has no preview; download it instead.');
    }
    const type =
      attachment.contentType === 'text/plain'
        ? 'text/plain; charset=utf-8'
        : attachment.contentType;
    res.status(200).set({
      'Content-Type': type,
      'Content-Length': String(attachment.size),
      'Content-Disposition': contentDisposition(disposition, attachment.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'private, no-store',
    });
    await pipeline(content, res).catch((error: NodeJS.ErrnoException) => {
      // The client stopped reading: nothing to answer, nothing to log.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
  } catch (error) {
    sendError(res, error, app.logger);
  }
}

/**
 * The attachment routes, mounted at /attachments:
 * - `POST /attachments?ticket=CS-000123` (or no ticket, for a ticket about
 *   to be opened): multipart with a `file` field; 201 with
 *   `{ id, name, size, contentType }`, 413 over the limits.
 * - `GET /attachments/:id`: the file as a download.
 * - `GET /attachments/:id/thumbnail`: an image, inline (404 for other files).
 * Errors are JSON `{ error: { code, field?, message } }`.
 */
export function attachmentRoutes(app: AppServices, options: AttachmentRouteOptions): Router {
  const router = express.Router();
  router.use(corsForAllowedOrigins(options.allowedOrigins));
  router.post('/', (req, res) => upload(app, options, req, res));
  router.get('/:id', (req, res) => download(app, 'attachment', req, res));
  router.get('/:id/thumbnail', (req, res) => download(app, 'inline', req, res));
  return router;
}
