import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorCode, LIMITS } from '@support/shared';
import { toApiError, type ApiError } from '../../core/apollo/api-error';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { homeOf, isInArea } from '../../app/guards';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import './login.css';

/**
 * Email and password. A wrong password is announced (role=alert) and
 * keeps what was typed; success leads to where the user was going, if it
 * is in their area, else to their home (portal or console).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, login, expired } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (me && !busy) return <Navigate to={homeOf(me)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await login(email.trim(), password);
      navigate(from && isInArea(user, from) ? from : homeOf(user), { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-tools">
        <LanguageSwitcher />
      </div>
      <main className="login-card">
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {expired && !error && (
          <p className="alert alert-warning" role="alert" data-testid="session-expired">
            {t('login.expired')}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="login-email" className="field-label">
              {t('login.email')}
            </label>
            <input
              id="login-email"
              data-testid="login-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password" className="field-label">
              {t('login.password')}
            </label>
            <input
              id="login-password"
              data-testid="login-password"
              type="password"
              autoComplete="current-password"
              maxLength={LIMITS.passwordMaxLength}
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {error &&
            (error.code === ErrorCode.UNAUTHENTICATED || error.code === ErrorCode.BAD_USER_INPUT ? (
              <p className="alert alert-error" role="alert" data-testid="login-error">
                {t('login.failed')}
              </p>
            ) : (
              <ErrorAlert error={error} />
            ))}
          <button
            type="submit"
            className="button button-primary button-wide"
            data-testid="login-submit"
            disabled={busy}
          >
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <details className="demo-accounts">
          <summary>{t('login.demoTitle')}</summary>
          <p className="small muted">{t('login.demoHint', { password: DEMO_PASSWORD })}</p>
          <ul>
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(DEMO_PASSWORD);
                  }}
                >
                  {account.email}
                </button>
                <span className="muted small"> — {t(`login.demoRole.${account.role}`)}</span>
              </li>
            ))}
          </ul>
        </details>
      </main>
    </div>
  );
}
