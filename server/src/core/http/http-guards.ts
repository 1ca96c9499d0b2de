import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '@support/shared';
import type { AppLogger } from '../logging/logger';

/**
 * CORS for the configured origins only: other origins get no CORS headers,
 * so browsers keep them out. Same-origin requests need none.
 */
export function corsForAllowedOrigins(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.includes(origin)) {
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.sendStatus(204);
      return;
    }
    next();
  };
}

/**
 * Refuses every request that arrives once the server is stopping, before
 * it does anything: 503 with SERVICE_UNAVAILABLE and `Connection: close`.
 * Requests already running finish normally (the drain waits for them). A
 * client may send its next request on a kept-alive connection just as the
 * drain ends that connection; without this guard that request would still
 * run, and commit, with nowhere to send the response.
 */
export function refuseWhileStopping(stopping: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (!stopping()) {
      next();
      return;
    }
    res.setHeader('Connection', 'close');
    res.status(503).json({
      errors: [
        {
          message: 'The server is shutting down; try again shortly.',
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
        },
      ],
    });
  };
}

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Turns errors raised before GraphQL runs (a body over the limit, JSON that
 * does not parse) into GraphQL-shaped JSON with a named code, never HTML.
 */
export function jsonErrors(logger: AppLogger): ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: 'The request body is too large.',
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          },
        ],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [
          {
            message: 'The request body is not valid JSON.',
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          },
        ],
      });
      return;
    }
    const correlationId = randomUUID();
    logger.error({ err: error, correlationId, category: 'http' }, 'unexpected HTTP error');
    res.status(error.status && error.status >= 400 ? error.status : 500).json({
      errors: [
        {
          message: `Internal server error (reference ${correlationId}).`,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
        },
      ],
    });
  };
}
