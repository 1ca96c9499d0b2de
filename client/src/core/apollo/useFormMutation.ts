import { useState } from 'react';
import type { ApolloCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { toApiError, type ApiError } from './api-error';

/** A mutation run from a form: its data on success, else the error (also kept for display). */
export type FormMutationResult<TData> =
  { data: TData; error: null } | { data: null; error: ApiError };

/** What useFormMutation returns. */
export interface FormMutation<TData, TVariables> {
  run(variables: TVariables): Promise<FormMutationResult<TData>>;
  busy: boolean;
  /** The last failure, until the next run. */
  error: ApiError | null;
  /** Forgets the last failure (e.g. when the form is closed). */
  reset(): void;
}

/**
 * Wraps a mutation for a form: never throws, reads the failure into an
 * ApiError (code, field) and keeps it for display. `update` writes the
 * result into the cache (lists the result joins or leaves); results with
 * an id update themselves.
 */
export function useFormMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  update?: (cache: ApolloCache, data: TData, variables: TVariables) => void,
): FormMutation<TData, TVariables> {
  const [mutate, { loading }] = useMutation(document);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(variables: TVariables): Promise<FormMutationResult<TData>> {
    setError(null);
    try {
      // Apollo's conditional option types do not resolve for a generic TVariables.
      const result = await (
        mutate as (options: {
          variables: TVariables;
          update?: (cache: ApolloCache, result: { data?: TData | null }) => void;
        }) => Promise<{ data?: TData | null }>
      )({
        variables,
        update: update
          ? (cache, result) => {
              if (result.data) update(cache, result.data, variables);
            }
          : undefined,
      });
      if (!result.data) throw new Error('The mutation returned no data.');
      return { data: result.data, error: null };
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError);
      return { data: null, error: apiError };
    }
  }

  return { run, busy: loading, error, reset: () => setError(null) };
}
