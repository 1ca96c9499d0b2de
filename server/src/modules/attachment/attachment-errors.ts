import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { ErrorCode } from '@support/shared';
import { DomainError, type DomainErrorDetails } from '../../core/errors/domain-error';
import type { AppLogger } from '../../core/logging/logger';

/** A domain error with the HTTP status the attachment routes answer with. */
export class AttachmentHttpError extends DomainError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    details: DomainErrorDetails = {},
  ) {
    super(code, message, details);
    this.name = 'AttachmentHttpError';
  }
}

/** Refused for size or count: 413, BAD_USER_INPUT on `file`. */
export function tooLarge(message: string): AttachmentHttpError {
  return new AttachmentHttpError(413, ErrorCode.BAD_USER_INPUT, message, { field: 'file' });
}

/** The upload stopped before its end (the client went away). */
export class UploadAborted extends Error {
  constructor() {
    super('The upload was interrupted.');
    this.name = 'UploadAborted';
  }
}

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Answers an attachment request that failed, as JSON
 * `{ error: { code, field?, message } }`. Domain errors keep their code
 * (and status); anything else is logged once and masked with a
 * correlation id, as GraphQL errors are. Answers nothing once the
 * response has started or the client has gone.
 */
export function sendError(res: Response, error: unknown, logger: AppLogger): void {
  if (error instanceof UploadAborted) return;
  if (res.headersSent) {
    logger.error({ err: error, category: 'attachment' }, 'attachment response failed');
    res.destroy();
    return;
  }
  if (error instanceof DomainError) {
    const status = error instanceof AttachmentHttpError ? error.status : STATUS_OF[error.code];
    res.status(status ?? 400).json({
      error: { code: error.code, message: error.message, ...error.details },
    });
    return;
  }
  const correlationId = randomUUID();
  logger.error(
    { err: error, correlationId, category: 'attachment' },
    'unexpected attachment error',
  );
  res.status(500).json({
    error: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: `Internal server error (reference ${correlationId}).`,
      correlationId,
    },
  });
}
