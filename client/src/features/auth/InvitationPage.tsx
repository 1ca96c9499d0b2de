import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { ErrorCode, LIMITS } from '@support/shared';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { homeOf } from '../../app/guards';
import { toApiError, type ApiError } from '../../core/apollo/api-error';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { AcceptInvitationMutation } from './auth.operations';
import './login.css';

/** The server's minimum password length (AcceptInvitationInput). */
export const MIN_PASSWORD_LENGTH = 10;

type Problem = 'short' | 'mismatch';

/**
 * Where an invited person lands from their one-time link: they choose a
 * password (twice), the server logs them in and they go to their home.
 * A used, expired or unknown link is refused with a clear message.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const { adopt } = useSession();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem('short');
    if (password !== repeat) return setProblem('mismatch');
    setProblem(null);
    try {
      const { data } = await accept({ variables: { input: { token, password } } });
      if (!data) return;
      await adopt(data.acceptInvitation);
      navigate(homeOf(data.acceptInvitation), { replace: true });
    } catch (caught) {
      setFailure(toApiError(caught));
    }
  }

  const linkRefused =
    failure &&
    (failure.code === ErrorCode.NOT_FOUND ||
      (failure.code === ErrorCode.BAD_USER_INPUT && failure.field === 'token'));

  return (
    <div className="login-page">
      <div className="login-tools">
        <LanguageSwitcher />
      </div>
      <main className="login-card">
        <h1>{t('invitation.title')}</h1>
        <p className="muted">{t('invitation.intro')}</p>
        <form onSubmit={submit} noValidate>
          <Field
            id="invitation-password"
            label={t('invitation.password')}
            hint={t('invitation.passwordHint', { count: MIN_PASSWORD_LENGTH })}
            required
            error={
              problem === 'short'
                ? t('invitation.tooShort', { count: MIN_PASSWORD_LENGTH })
                : failure?.field === 'password'
                  ? t('invitation.tooShort', { count: MIN_PASSWORD_LENGTH })
                  : null
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                data-testid="invitation-password"
                maxLength={LIMITS.passwordMaxLength}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <Field
            id="invitation-repeat"
            label={t('invitation.repeat')}
            required
            error={problem === 'mismatch' ? t('invitation.mismatch') : null}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                data-testid="invitation-repeat"
                maxLength={LIMITS.passwordMaxLength}
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
            )}
          </Field>
          <p className="visually-hidden" role="alert">
            {problem === 'short' && t('invitation.tooShort', { count: MIN_PASSWORD_LENGTH })}
            {problem === 'mismatch' && t('invitation.mismatch')}
          </p>
          {linkRefused ? (
            <p className="alert alert-error" role="alert" data-testid="invitation-invalid">
              {t('invitation.invalid')}
            </p>
          ) : (
            failure && failure.field !== 'password' && <ErrorAlert error={failure} />
          )}
          <button
            type="submit"
            className="button button-primary button-wide"
            data-testid="invitation-submit"
            disabled={loading}
          >
            {loading ? t('common.saving') : t('invitation.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
