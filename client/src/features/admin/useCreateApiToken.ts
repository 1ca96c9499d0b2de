import { useFormMutation } from '../../core/apollo/useFormMutation';
import { ApiTokensQuery, CreateApiTokenMutation } from './admin.operations';

/**
 * Creates a token and adds it (without its secret) to the cached list.
 * The secret is only in this mutation's result: the page shows it once.
 */
export function useCreateApiToken() {
  return useFormMutation(CreateApiTokenMutation, (cache, data) => {
    cache.updateQuery({ query: ApiTokensQuery }, (current) =>
      current
        ? { ...current, apiTokens: [data.createApiToken.apiToken, ...current.apiTokens] }
        : current,
    );
  });
}
