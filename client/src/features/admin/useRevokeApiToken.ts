import { useFormMutation } from '../../core/apollo/useFormMutation';
import { RevokeApiTokenMutation } from './admin.operations';

/** Revokes a token; the result (with `revokedAt`) updates its row by id. */
export function useRevokeApiToken() {
  return useFormMutation(RevokeApiTokenMutation);
}
