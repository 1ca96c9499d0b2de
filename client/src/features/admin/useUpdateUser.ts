import { useFormMutation } from '../../core/apollo/useFormMutation';
import { UpdateUserMutation } from './admin.operations';

/** Changes a user (name, role, organisation, active); the result updates the row by id. */
export function useUpdateUser() {
  return useFormMutation(UpdateUserMutation);
}
