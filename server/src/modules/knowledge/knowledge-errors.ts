import { ErrorCode } from '@support/shared';
import { DomainError, notFound } from '../../core/errors/domain-error';

/** No article with this id that the viewer may read (drafts are hidden from customers). */
export function articleNotFound(id: string | number): DomainError {
  return notFound(`No article ${id}.`);
}

/** An edit based on a stale copy of an article. */
export function articleConflict(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `The article changed since you loaded it (now version ${currentVersion}).`,
    { currentVersion },
  );
}
