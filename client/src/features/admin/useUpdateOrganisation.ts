import { useFormMutation } from '../../core/apollo/useFormMutation';
import { UpdateOrganisationMutation } from './admin.operations';

/** Changes an organisation; the result (keyed by id) updates every view of it. */
export function useUpdateOrganisation() {
  return useFormMutation(UpdateOrganisationMutation);
}
