import { ErrorCode } from '@support/shared';

/** Extra facts a client needs to act on an error. */
export interface DomainErrorDetails {
  /** The input field at fault (BAD_USER_INPUT). */
  field?: string;
  /** The ticket's version now (CONFLICT). */
  currentVersion?: number;
  /** Seconds until the limit frees up (RATE_LIMITED). */
  retryAfterSeconds?: number;
}

/**
 * An error the caller can act on: it reaches the client with its code and
 * message. Anything else is masked as INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Bad input; names the field. */
export function badInput(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function unauthenticated(message = 'You must log in.'): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message);
}

export function forbidden(message = 'You are not allowed to do this.'): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

export function notFound(message: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, message);
}

/** A write based on a stale copy; carries the version the client should reload. */
export function conflict(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `The ticket changed since you loaded it (now version ${currentVersion}).`,
    { currentVersion },
  );
}
