import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiTokenScope } from '@support/shared';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { useCreateApiToken } from './useCreateApiToken';

/** Props of CreateTokenForm. */
export interface CreateTokenFormProps {
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Called with the secret, which the server shows only this once. */
  onCreated(secret: { token: string; name: string }): void;
  onCancel(): void;
}

const SCOPES = Object.values(ApiTokenScope);

/** Organisation tokens are read-only: they can read and subscribe, never write. */
const ORGANISATION_SCOPES: readonly ApiTokenScope[] = [ApiTokenScope.READ, ApiTokenScope.SUBSCRIBE];

/** The last instant of a local date (YYYY-MM-DD) in this browser, as ISO. */
function endOfDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 23, 59, 59).toISOString();
}

/**
 * A new API token: a personal token acting as the admin, or a read-only
 * token for a third-party system of one organisation; its scopes and an
 * optional expiry date.
 */
export function CreateTokenForm({ organisations, onCreated, onCancel }: CreateTokenFormProps) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>([...SCOPES]);
  const [expires, setExpires] = useState('');
  const [problems, setProblems] = useState<Array<'name' | 'scopes' | 'expires'>>([]);
  const allowed = organisationId ? ORGANISATION_SCOPES : SCOPES;
  const chosen = scopes.filter((scope) => allowed.includes(scope));
  const today = new Date().toISOString().slice(0, 10);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof problems = [];
    if (!name.trim()) found.push('name');
    if (chosen.length === 0) found.push('scopes');
    if (expires && expires < today) found.push('expires');
    setProblems(found);
    if (found.length > 0) return;
    const result = await create.run({
      input: {
        name: name.trim(),
        organisationId: organisationId || undefined,
        scopes: chosen,
        expiresAt: expires ? endOfDay(expires) : undefined,
      },
    });
    if (result.data) onCreated({ token: result.data.createApiToken.token, name: name.trim() });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="token-form">
      <div className="form-grid">
        <Field
          id="token-name"
          label={t('admin.token.name')}
          hint={t('admin.token.nameHint')}
          required
          error={problems.includes('name') ? t('admin.token.nameMissing') : null}
        >
          {(control) => (
            <input
              {...control}
              data-testid="token-name"
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field id="token-owner" label={t('admin.token.kind')} hint={t('admin.token.kindHint')}>
          {(control) => (
            <select
              {...control}
              data-testid="token-organisation"
              value={organisationId}
              onChange={(event) => setOrganisationId(event.target.value)}
            >
              <option value="">{t('admin.token.personal')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {t('admin.token.forOrganisation', { name: organisation.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="token-expires"
          label={t('admin.token.expires')}
          hint={t('admin.token.expiresHint')}
          error={problems.includes('expires') ? t('admin.token.expiresPast') : null}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              min={today}
              data-testid="token-expires"
              value={expires}
              onChange={(event) => setExpires(event.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset
        className="fieldset"
        aria-describedby={problems.includes('scopes') ? 'token-scopes-error' : undefined}
      >
        <legend>{t('admin.token.scopes')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input
              type="checkbox"
              data-testid={`token-scope-${scope}`}
              checked={chosen.includes(scope)}
              disabled={!allowed.includes(scope)}
              onChange={(event) =>
                setScopes((current) =>
                  event.target.checked
                    ? [...current, scope]
                    : current.filter((value) => value !== scope),
                )
              }
            />
            {t(`admin.token.scope.${scope}`)}
          </label>
        ))}
        {problems.includes('scopes') && (
          <p id="token-scopes-error" className="field-error" role="alert">
            {t('admin.token.scopesMissing')}
          </p>
        )}
      </fieldset>
      {create.error && <ErrorAlert error={create.error} />}
      <div className="form-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="token-submit"
          disabled={create.busy}
        >
          {create.busy ? t('common.saving') : t('admin.token.create')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
