import { graphql } from '../../gql';

/** An organisation as the admin pages show and edit it. */
export const AdminOrganisationFragment = graphql(`
  fragment AdminOrganisation on Organisation {
    id
    name
    plan
    timeZone
    locale
    holidayCalendar
  }
`);

/** Every customer organisation. */
export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations {
    organisations {
      ...AdminOrganisation
    }
  }
`);

/** Creates a customer organisation. */
export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...AdminOrganisation
    }
  }
`);

/** Changes an organisation. */
export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...AdminOrganisation
    }
  }
`);

/** A user as the admin pages show and edit it. */
export const AdminUserFragment = graphql(`
  fragment AdminUser on User {
    id
    name
    email
    role
    locale
    timeZone
    active
    organisation {
      id
      name
    }
  }
`);

/** Every user, with the organisations a customer can belong to. */
export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users {
      ...AdminUser
    }
    organisations {
      id
      name
    }
  }
`);

/** Creates a user and a one-time link to choose a password. */
export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationPath
      expiresAt
      user {
        ...AdminUser
      }
    }
  }
`);

/** Changes a user's name, role, organisation or activity. */
export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AdminUser
    }
  }
`);

/** An API token without its secret. */
export const AdminApiTokenFragment = graphql(`
  fragment AdminApiToken on ApiToken {
    id
    name
    readOnly
    scopes
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
    createdBy {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

/** Every API token (admins), with the organisations a read-only token can serve. */
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...AdminApiToken
    }
    organisations {
      id
      name
    }
  }
`);

/** Creates a token; its secret comes back this once. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...AdminApiToken
      }
    }
  }
`);

/** Revokes a token; its live connections close. */
export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...AdminApiToken
    }
  }
`);
