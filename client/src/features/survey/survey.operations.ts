import { graphql } from '../../gql';

/** What a survey link shows; null when the link is not valid. No login. */
export const SurveyQuery = graphql(`
  query Survey($token: String!) {
    survey(token: $token) {
      ticketNumber
      ticketTitle
      locale
      answered
      expired
    }
  }
`);

/** Answers the survey once. */
export const SubmitSurveyMutation = graphql(`
  mutation SubmitSurvey($input: SubmitSurveyInput!) {
    submitSurvey(input: $input) {
      ticketNumber
      answered
      expired
    }
  }
`);
