import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorCode, LIMITS } from '@support/shared';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { applyUserLanguage } from '../../i18n/language';
import { RatingInput } from './RatingInput';
import { SurveyQuery } from './survey.operations';
import { useSubmitSurvey } from './useSubmitSurvey';
import '../auth/login.css';
import './survey.css';

type Outcome = 'invalid' | 'used' | 'expired' | 'thanks';

/**
 * The satisfaction survey of a closed ticket, from its one-time link, with
 * no login: a rating from 1 to 5 and a comment, in the requester's language
 * (switchable). A used, expired or unknown link says so plainly.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const { data, loading, error } = useQuery(SurveyQuery, { variables: { token } });
  const submit = useSubmitSurvey(token);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const survey = data?.survey;

  // The survey's language, unless this browser chose one (applyUserLanguage keeps a choice).
  useEffect(() => {
    if (survey) applyUserLanguage(survey.locale);
  }, [survey]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (rating === null) return setMissing(true);
    setMissing(false);
    const result = await submit.run({
      input: { token, rating, comment: comment.trim() || undefined },
    });
    if (result.data) setOutcome('thanks');
    else if (result.error.code === ErrorCode.BAD_USER_INPUT && result.error.field === 'token') {
      setOutcome('used');
    }
  }

  const state: Outcome | 'form' | null =
    outcome ??
    (data
      ? !survey
        ? 'invalid'
        : survey.answered
          ? 'used'
          : survey.expired
            ? 'expired'
            : 'form'
      : null);

  return (
    <div className="login-page">
      <div className="login-tools">
        <LanguageSwitcher />
      </div>
      <main className="login-card survey-card">
        <h1>{t('survey.title')}</h1>
        {loading && <Loading />}
        {error && <ErrorAlert error={error} />}
        {survey && (
          <p className="muted" data-testid="survey-ticket">
            {t('survey.ticket', { number: survey.ticketNumber, title: survey.ticketTitle })}
          </p>
        )}
        {state && state !== 'form' && (
          <p
            className={state === 'thanks' ? 'alert alert-success' : 'alert alert-warning'}
            role={state === 'thanks' ? 'status' : 'alert'}
            data-testid={`survey-${state}`}
          >
            {t(`survey.outcome.${state}`)}
          </p>
        )}
        {state === 'form' && (
          <form onSubmit={send} noValidate>
            <p>{t('survey.intro')}</p>
            <RatingInput
              value={rating}
              onChange={(value) => {
                setRating(value);
                setMissing(false);
              }}
              invalid={missing}
              describedBy={missing ? 'rating-error' : undefined}
            />
            {missing && (
              <p id="rating-error" className="field-error" role="alert">
                {t('survey.ratingMissing')}
              </p>
            )}
            <div className="field">
              <label htmlFor="survey-comment" className="field-label">
                {t('survey.comment')}
              </label>
              <textarea
                id="survey-comment"
                data-testid="survey-comment"
                rows={4}
                maxLength={LIMITS.commentMaxLength}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            </div>
            {submit.error && !(submit.error.field === 'token') && (
              <ErrorAlert error={submit.error} />
            )}
            <button
              type="submit"
              className="button button-primary button-wide"
              data-testid="survey-submit"
              disabled={submit.busy}
            >
              {submit.busy ? t('common.saving') : t('survey.submit')}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}
