import { ErrorCode } from '@support/shared';
import { DomainError, notFound } from '../../core/errors/domain-error';

/** No idea with this id. */
export function ideaNotFound(id: string | number): DomainError {
  return notFound(`No idea ${id}.`);
}

/** A status change based on a stale copy of an idea. */
export function ideaConflict(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `The idea changed since you loaded it (now version ${currentVersion}).`,
    { currentVersion },
  );
}
