import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useFormat } from '../../core/format/useFormat';
import { ConfirmDialog } from '../../core/ui/ConfirmDialog';
import { CopyField } from '../../core/ui/CopyField';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import type { AdminApiTokenFragment } from '../../gql/graphql';
import { ApiTokensQuery } from './admin.operations';
import { CreateTokenForm } from './CreateTokenForm';
import { useRevokeApiToken } from './useRevokeApiToken';

type TokenStatus = 'active' | 'expired' | 'revoked';

function statusOf(token: AdminApiTokenFragment, now: number): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/**
 * Admins: every API token with its owner, scopes, expiry and last use; a
 * new token's secret is shown once with a copy button; revoking asks first
 * (the token's live connections close at once).
 */
export function TokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(ApiTokensQuery);
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ token: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<AdminApiTokenFragment | null>(null);
  const [now] = useState(() => Date.now());

  return (
    <section aria-labelledby="tokens-title">
      <div className="page-heading">
        <h2 id="tokens-title">{t('admin.token.title')}</h2>
        {!creating && (
          <button
            type="button"
            className="button button-primary"
            data-testid="token-new"
            onClick={() => {
              setSecret(null);
              setCreating(true);
            }}
          >
            {t('admin.token.new')}
          </button>
        )}
      </div>
      {secret && (
        <div className="card" role="status" data-testid="token-secret">
          <h3 className="card-title">{t('admin.token.created', { name: secret.name })}</h3>
          <CopyField label={t('admin.token.secret')} value={secret.token} testId="token-value" />
          <p className="alert alert-warning">{t('admin.token.secretOnce')}</p>
          <pre className="code-sample">
            {`curl -H 'Authorization: Bearer ${secret.token}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"query":"{ tickets(first: 5) { edges { node { number state } } } }"}' \\\n  ${window.location.origin}/graphql`}
          </pre>
          <button type="button" className="button" onClick={() => setSecret(null)}>
            {t('admin.token.secretDone')}
          </button>
        </div>
      )}
      {creating && (
        <div className="card">
          <h3 className="card-title">{t('admin.token.new')}</h3>
          <CreateTokenForm
            organisations={data?.organisations ?? []}
            onCancel={() => setCreating(false)}
            onCreated={(created) => {
              setCreating(false);
              setSecret(created);
            }}
          />
        </div>
      )}
      {error && <ErrorAlert error={error} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {!data && !error && <Loading />}
      {data && data.apiTokens.length === 0 && <p className="empty">{t('admin.token.none')}</p>}
      {data && data.apiTokens.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="token-table">
            <caption className="visually-hidden">{t('admin.token.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.token.name')}</th>
                <th scope="col">{t('admin.token.owner')}</th>
                <th scope="col">{t('admin.token.scopes')}</th>
                <th scope="col">{t('admin.token.createdAt')}</th>
                <th scope="col">{t('admin.token.expires')}</th>
                <th scope="col">{t('admin.token.lastUsed')}</th>
                <th scope="col">{t('admin.token.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.apiTokens.map((token) => {
                const status = statusOf(token, now);
                return (
                  <tr key={token.id} data-testid={`token-row-${token.name}`}>
                    <th scope="row">{token.name}</th>
                    <td>
                      {token.organisation
                        ? t('admin.token.readOnlyFor', { name: token.organisation.name })
                        : (token.createdBy?.name ?? t('common.none'))}
                    </td>
                    <td>
                      {token.scopes.map((scope) => t(`admin.token.scopeShort.${scope}`)).join(', ')}
                    </td>
                    <td className="nowrap">{format.dateTime(token.createdAt)}</td>
                    <td className="nowrap">
                      {token.expiresAt ? format.dateTime(token.expiresAt) : t('admin.token.never')}
                    </td>
                    <td className="nowrap">
                      {token.lastUsedAt
                        ? format.dateTime(token.lastUsedAt)
                        : t('admin.token.neverUsed')}
                    </td>
                    <td data-testid="token-status">{t(`admin.token.statusValue.${status}`)}</td>
                    <td>
                      {status === 'active' && (
                        <button
                          type="button"
                          className="button button-danger"
                          data-testid="token-revoke"
                          aria-label={t('admin.token.revokeNamed', { name: token.name })}
                          onClick={() => setRevoking(token)}
                        >
                          {t('admin.token.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('admin.token.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('admin.token.revoke')}
        danger
        busy={revoke.busy}
        onCancel={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          const result = await revoke.run({ id: revoking.id });
          if (!result.error) setRevoking(null);
        }}
      >
        <p>{t('admin.token.revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
