import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useFormat } from '../../core/format/useFormat';
import { useSession } from '../../core/session/session-context';
import { CopyField } from '../../core/ui/CopyField';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { AdminUsersQuery } from './admin.operations';
import { AdminHeading, AdminTable } from './AdminScaffold';
import { InviteUserForm } from './InviteUserForm';
import { UserRow } from './UserRow';

/**
 * Admins: every user (agents first), invitations with a one-time link shown
 * once, role and organisation changes, deactivation.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const { data, error } = useQuery(AdminUsersQuery);
  const [inviting, setInviting] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: string; name: string } | null>(null);

  return (
    <section aria-labelledby="users-title">
      <AdminHeading
        titleId="users-title"
        title={t('admin.user.title')}
        actionLabel={t('admin.user.invite')}
        actionTestId="invite-open"
        showAction={!inviting}
        onAction={() => {
          setLink(null);
          setInviting(true);
        }}
      />
      {link && (
        <div className="card" role="status" data-testid="invitation-link">
          <h3 className="card-title">{t('admin.user.invited', { name: link.name })}</h3>
          <CopyField label={t('admin.user.linkLabel')} value={link.url} testId="invitation-url" />
          <p className="small">
            {t('admin.user.linkOnce', { time: format.dateTime(link.expiresAt) })}
          </p>
          <button type="button" className="button" onClick={() => setLink(null)}>
            {t('admin.user.linkDone')}
          </button>
        </div>
      )}
      {inviting && (
        <div className="card">
          <h3 className="card-title">{t('admin.user.invite')}</h3>
          <InviteUserForm
            organisations={data?.organisations ?? []}
            onCancel={() => setInviting(false)}
            onInvited={(invited) => {
              setInviting(false);
              setLink(invited);
            }}
          />
        </div>
      )}
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <AdminTable
          testId="user-table"
          caption={t('admin.user.title')}
          columns={[
            t('admin.user.name'),
            t('admin.user.email'),
            t('admin.user.role'),
            t('admin.user.organisation'),
            t('admin.user.status'),
          ]}
        >
          {data.users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              organisations={data.organisations}
              myId={me?.id ?? ''}
            />
          ))}
        </AdminTable>
      )}
    </section>
  );
}
