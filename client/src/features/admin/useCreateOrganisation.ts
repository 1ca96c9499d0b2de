import { useFormMutation } from '../../core/apollo/useFormMutation';
import { AdminOrganisationsQuery, CreateOrganisationMutation } from './admin.operations';

/** Creates an organisation and adds it to the cached list, in name order. */
export function useCreateOrganisation() {
  return useFormMutation(CreateOrganisationMutation, (cache, data) => {
    cache.updateQuery({ query: AdminOrganisationsQuery }, (current) =>
      current
        ? {
            organisations: [...current.organisations, data.createOrganisation].sort((a, b) =>
              a.name.localeCompare(b.name),
            ),
          }
        : current,
    );
  });
}
