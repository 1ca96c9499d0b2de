import { useState } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@support/shared';
import { toApiError, type ApiError } from '../../core/apollo/api-error';

/** Errors after which the ticket on screen is stale and is reloaded. */
const RELOAD_ON: ReadonlySet<ApiError['code']> = new Set([
  ErrorCode.CONFLICT,
  ErrorCode.INVALID_TRANSITION,
  ErrorCode.FORBIDDEN,
]);

/** A ticket mutation with the failure handling every ticket form shares. */
export interface TicketMutation<TVariables> {
  /**
   * Runs the mutation; resolves null on success, else the error, which is
   * also kept for display. When the ticket changed under the user
   * (CONFLICT, a move no longer allowed) it reloads the ticket first.
   * Forms keep what was typed until this resolves null, so the user can
   * re-apply it.
   */
  run(variables: TVariables): Promise<ApiError | null>;
  busy: boolean;
  error: ApiError | null;
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

  async function run(variables: TVariables): Promise<ApiError | null> {
    setError(null);
    try {
      // Apollo's conditional option types do not resolve for a generic TVariables.
      await (mutate as (options: { variables: TVariables }) => Promise<unknown>)({ variables });
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      if (RELOAD_ON.has(apiError.code)) await reloadQuietly(reload);
      return apiError;
    }
    if (options.refetchAfter) await reloadQuietly(reload);
    return null;
  }

  return { run, busy: loading, error };
}

async function reloadQuietly(reload: () => Promise<unknown>): Promise<void> {
  try {
    await reload();
  } catch {
    // The page's own query shows its error; the form keeps the mutation's.
  }
}
