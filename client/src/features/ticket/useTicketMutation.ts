import { useState } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@support/shared';
import { toApiError, type ApiError } from '../../core/apollo/api-error';
import type { ComparableTicket } from './ticket-diff';

/** Errors after which the ticket on screen is stale and is reloaded. */
const RELOAD_ON: ReadonlySet<ApiError['code']> = new Set([
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_TRANSITION,
  ErrorCode.FORBIDDEN,
]);

/** A stale edit the server refused, kept so it can be explained and re-applied. */
export interface TicketConflict<TVariables> {
  /** The copy of the ticket the edit was based on, when the form gave it. */
  before: ComparableTicket | null;
  variables: TVariables;
}

/** A ticket mutation with the failure handling every ticket form shares. */
export interface TicketMutation<TVariables> {
  /**
   * Runs the mutation; resolves null on success, else the error, which is
   * also kept for display. When the ticket changed under the user
   * (CONFLICT, a move no longer allowed) it reloads the ticket first.
   * `before` is the copy the edit is based on: after a CONFLICT the form
   * shows what changed since. Forms keep what was typed until this
   * resolves null, so the user can re-apply it.
   */
  run(variables: TVariables, before?: ComparableTicket): Promise<ApiError | null>;
  busy: boolean;
  error: ApiError | null;
  /** The refused stale edit, until it is re-applied, dismissed or another run succeeds. */
  conflict: TicketConflict<TVariables> | null;
  /** Sends the refused edit again, stating `version` (the reloaded ticket's) as expected. */
  reapply(version: number, before?: ComparableTicket): Promise<ApiError | null>;
  /** Forgets the conflict and the error. */
  dismiss(): void;
}

/** The same variables with `input.expectedVersion` set to `version`. */
function atVersion<TVariables>(variables: TVariables, version: number): TVariables {
  const input = (variables as { input?: Record<string, unknown> }).input;
  if (!input || !('expectedVersion' in input)) return variables;
  return { ...variables, input: { ...input, expectedVersion: version } };
}

/**
 * Wraps a ticket mutation. Its result (the ticket, selected with the
 * page's fragment) updates the cache by itself; `refetchAfter` is for
 * mutations whose result is not the ticket (a comment).
 */
export function useTicketMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  reload: () => Promise<unknown>,
  options: { refetchAfter?: boolean } = {},
): TicketMutation<TVariables> {
  const [mutate, { loading }] = useMutation(document);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<TicketConflict<TVariables> | null>(null);

  async function run(variables: TVariables, before?: ComparableTicket): Promise<ApiError | null> {
    setError(null);
    try {
      // Apollo's conditional option types do not resolve for a generic TVariables.
      await (mutate as (options: { variables: TVariables }) => Promise<unknown>)({ variables });
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      setConflict(
        apiError.code === ErrorCode.CONFLICT ? { before: before ?? null, variables } : null,
      );
      if (RELOAD_ON.has(apiError.code)) await reloadQuietly(reload);
      return apiError;
    }
    setConflict(null);
    if (options.refetchAfter) await reloadQuietly(reload);
    return null;
  }

  async function reapply(version: number, before?: ComparableTicket) {
    if (!conflict) return null;
    return run(atVersion(conflict.variables, version), before ?? conflict.before ?? undefined);
  }

  function dismiss() {
    setConflict(null);
    setError(null);
  }

  return { run, busy: loading, error, conflict, reapply, dismiss };
}

async function reloadQuietly(reload: () => Promise<unknown>): Promise<void> {
  try {
    await reload();
  } catch {
    // The page's own query shows its own error; the form keeps the mutation's.
  }
}
