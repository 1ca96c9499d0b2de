import { graphql } from '../../gql';

/** Chooses the password of an invited account; the server logs the user in. */
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...MeFields
    }
  }
`);
