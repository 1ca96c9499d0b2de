import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Role } from '@support/shared';
import { ConfirmDialog } from '../../core/ui/ConfirmDialog';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import type { AdminUserFragment } from '../../gql/graphql';
import { useUpdateUser } from './useUpdateUser';

/** Props of UserRow. */
export interface UserRowProps {
  user: AdminUserFragment;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** The admin's own id: nobody deactivates themselves here. */
  myId: string;
}

/**
 * One user: name, email, role, organisation and status; "Edit" turns the
 * row into a form for role and organisation, and deactivation (which ends
 * the user's sessions and live connections) asks for confirmation.
 */
export function UserRow({ user, organisations, myId }: UserRowProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState(user.role);
  const [organisationId, setOrganisationId] = useState(user.organisation?.id ?? '');
  const [confirming, setConfirming] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await update.run({
      input: {
        id: user.id,
        role,
        organisationId: role === Role.CUSTOMER ? organisationId || undefined : undefined,
      },
    });
    if (!result.error) setEditing(false);
  }

  async function setActive(active: boolean) {
    const result = await update.run({ input: { id: user.id, active } });
    if (!result.error) setConfirming(false);
  }

  return (
    <tr
      className={user.active ? undefined : 'status-inactive'}
      data-testid={`user-row-${user.email ?? user.id}`}
    >
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      {editing ? (
        <td colSpan={2}>
          <form
            onSubmit={save}
            className="inline-form"
            aria-label={t('admin.user.editNamed', { name: user.name })}
          >
            <label className="inline-field">
              {t('admin.user.role')}
              <select
                data-testid="user-role"
                value={role}
                onChange={(event) => setRole(event.target.value as Role)}
              >
                {Object.values(Role).map((value) => (
                  <option key={value} value={value}>
                    {t(`role.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            {role === Role.CUSTOMER && (
              <label className="inline-field">
                {t('admin.user.organisation')}
                <select
                  data-testid="user-organisation"
                  value={organisationId}
                  onChange={(event) => setOrganisationId(event.target.value)}
                >
                  <option value="">{t('admin.user.chooseOrganisation')}</option>
                  {organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="submit" className="button button-primary" disabled={update.busy}>
              {t('common.save')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                update.reset();
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </form>
        </td>
      ) : (
        <>
          <td>{t(`role.${user.role}`)}</td>
          <td>{user.organisation?.name ?? t('common.none')}</td>
        </>
      )}
      <td>{user.active ? t('admin.user.active') : t('admin.user.inactive')}</td>
      <td className="nowrap">
        {!editing && (
          <button
            type="button"
            className="button"
            aria-label={t('admin.user.editNamed', { name: user.name })}
            onClick={() => setEditing(true)}
          >
            {t('common.edit')}
          </button>
        )}{' '}
        {user.id !== myId &&
          (user.active ? (
            <button
              type="button"
              className="button button-danger"
              data-testid="user-deactivate"
              aria-label={t('admin.user.deactivateNamed', { name: user.name })}
              onClick={() => setConfirming(true)}
            >
              {t('admin.user.deactivate')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-label={t('admin.user.reactivateNamed', { name: user.name })}
              disabled={update.busy}
              onClick={() => void setActive(true)}
            >
              {t('admin.user.reactivate')}
            </button>
          ))}
        {update.error && <ErrorAlert error={update.error} />}
        <ConfirmDialog
          open={confirming}
          title={t('admin.user.deactivateTitle', { name: user.name })}
          confirmLabel={t('admin.user.deactivate')}
          danger
          busy={update.busy}
          onConfirm={() => void setActive(false)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('admin.user.deactivateBody')}</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}
