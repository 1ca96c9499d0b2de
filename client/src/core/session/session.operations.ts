import { graphql } from '../../gql';

/** The fields the whole app needs about the logged-in user. */
export const MeFieldsFragment = graphql(`
  fragment MeFields on User {
    id
    name
    role
    locale
    timeZone
    isAgent
    organisation {
      id
      name
    }
  }
`);

/** Who is logged in; UNAUTHENTICATED when nobody is. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

/** Checks the password; the server sets the httpOnly session cookie. */
export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...MeFields
    }
  }
`);

/** Ends the browser session. */
export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Saves the interface language on the user, for every device and for emails. */
export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($locale: Locale!) {
    updateMyPreferences(input: { locale: $locale }) {
      id
      locale
    }
  }
`);
