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
import { AdminHeading, AdminTable } from './AdminScaffold';
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
      <AdminHeading
        titleId="tokens-title"
        title={t('admin.token.title')}
        actionLabel={t('admin.token.new')}
        actionTestId="token-new"
        showAction={!creating}
        onAction={() => {
          setSecret(null);
          setCreating(true);
        }}
      />
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
        <AdminTable
          testId="token-table"
          caption={t('admin.token.title')}
          columns={[
            t('admin.token.name'),
            t('admin.token.owner'),
            t('admin.token.scopes'),
            t('admin.token.createdAt'),
            t('admin.token.expires'),
            t('admin.token.lastUsed'),
            t('admin.token.status'),
          ]}
        >
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
        </AdminTable>
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
