import { useFormMutation } from '../../core/apollo/useFormMutation';
import { AdminUsersQuery, InviteUserMutation } from './admin.operations';

/** Invites a user and adds them to the cached user list. */
export function useInviteUser() {
  return useFormMutation(InviteUserMutation, (cache, data) => {
    cache.updateQuery({ query: AdminUsersQuery }, (current) =>
      current ? { ...current, users: [...current.users, data.inviteUser.user] } : current,
    );
  });
}
