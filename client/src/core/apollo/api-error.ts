import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, isErrorCode } from '@support/shared';

/** What the UI needs to know about a failed operation. */
export interface ApiError {
  /** One of the shared error codes, or NETWORK when the server was not reached. */
  code: ErrorCode | 'NETWORK';
  /** BAD_USER_INPUT: the input field at fault, e.g. "title". */
  field?: string;
  /** CONFLICT: the version the ticket has now. */
  currentVersion?: number;
  /** INTERNAL_SERVER_ERROR: the reference the server logged. */
  correlationId?: string;
}

/**
 * Reads the first GraphQL error's `extensions` into an ApiError. Errors
 * that are not GraphQL errors (fetch failed, HTTP 5xx) become NETWORK;
 * a GraphQL error without a known code becomes INTERNAL_SERVER_ERROR.
 */
export function toApiError(error: unknown): ApiError {
  if (!CombinedGraphQLErrors.is(error)) return { code: 'NETWORK' };
  const extensions = error.errors[0]?.extensions ?? {};
  const code = isErrorCode(extensions.code) ? extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  return {
    code,
    field: typeof extensions.field === 'string' ? lastSegment(extensions.field) : undefined,
    currentVersion:
      typeof extensions.currentVersion === 'number' ? extensions.currentVersion : undefined,
    correlationId:
      typeof extensions.correlationId === 'string' ? extensions.correlationId : undefined,
  };
}

/** Validation paths may be nested ("input.title"); forms know the last segment. */
function lastSegment(path: string): string {
  return path.split('.').pop() ?? path;
}

/** True when the error says the caller is not logged in. */
export function isUnauthenticated(error: unknown): boolean {
  return toApiError(error).code === ErrorCode.UNAUTHENTICATED;
}
