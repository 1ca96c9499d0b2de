import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ErrorCode, isErrorCode } from '@support/shared';
import { databaseUnavailability } from '../database/unavailable';
import type { AppLogger } from '../logging/logger';
import { DomainError } from './domain-error';

/** Codes the GraphQL libraries set themselves, mapped onto ours. */
const LIBRARY_CODES: Record<string, ErrorCode> = {
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) {
    current = current.originalError;
  }
  return current;
}

function firstFieldPath(
  errors: ValidationError[],
  prefix = '',
): ValidationError & { path: string } {
  const first = errors[0];
  const path = prefix ? `${prefix}.${first.property}` : first.property;
  if (!first.constraints && first.children?.length) return firstFieldPath(first.children, path);
  return Object.assign(first, { path });
}

/** Options of the normaliser. */
export interface NormaliseOptions {
  logger: AppLogger;
  /** Drop "Did you mean …?" hints that reveal the schema (production). */
  hideSuggestions?: boolean;
}

/**
 * The one place that turns any error into what a client sees: known domain
 * errors keep their code and details; validation errors become
 * BAD_USER_INPUT naming the field; a database that cannot be reached or has
 * no free connection becomes SERVICE_UNAVAILABLE (logged once as a
 * warning: it is an outage, not a bug); anything else is logged once with a
 * correlation id and reaches the client masked, as INTERNAL_SERVER_ERROR
 * with only that id (in every mode: the log has the details).
 */
export function normaliseError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: NormaliseOptions,
): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const failed = firstFieldPath(original.extensions.validationErrors as ValidationError[]);
    const message = Object.values(failed.constraints ?? {})[0] ?? 'Invalid value.';
    return {
      ...base,
      message: `${failed.path}: ${message}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: failed.path },
    };
  }

  const unavailable = databaseUnavailability(original);
  if (unavailable) {
    options.logger.warn(
      { err: original, reason: unavailable.reason, path: formatted.path, category: 'database' },
      'database unavailable',
    );
    return {
      ...base,
      message: unavailable.publicMessage,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (isErrorCode(code) || code in LIBRARY_CODES)) {
    const mapped =
      isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR ? code : LIBRARY_CODES[code];
    const message = options.hideSuggestions
      ? base.message.replace(/ ?Did you mean .*\?$/, '')
      : base.message;
    if (mapped) return { ...base, message, extensions: { ...formatted.extensions, code: mapped } };
  }

  const correlationId = randomUUID();
  options.logger.error({ err: original, correlationId, path: formatted.path }, 'unexpected error');
  return {
    ...base,
    message: `Internal server error (reference ${correlationId}).`,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}
