import { useFormMutation } from '../../core/apollo/useFormMutation';
import { SubmitSurveyMutation, SurveyQuery } from './survey.operations';

/** Answers a survey and marks the cached survey of this link as answered (it has no id). */
export function useSubmitSurvey(token: string) {
  return useFormMutation(SubmitSurveyMutation, (cache) => {
    cache.updateQuery({ query: SurveyQuery, variables: { token } }, (current) =>
      current?.survey ? { survey: { ...current.survey, answered: true } } : current,
    );
  });
}
