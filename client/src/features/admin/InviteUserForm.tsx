import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Role } from '@support/shared';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { Locale } from '../../gql/graphql';
import { useInviteUser } from './useInviteUser';

/** Props of InviteUserForm. */
export interface InviteUserFormProps {
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Called with the full one-time link once the user exists. */
  onInvited(link: { url: string; expiresAt: string; name: string }): void;
  onCancel(): void;
}

interface Values {
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  locale: '' | Locale;
}

type Problem = 'email' | 'name' | 'organisationId';

/**
 * Invites a person: email (their login), name, role, and for customers the
 * organisation; the language defaults to the organisation's. The server
 * returns a one-time link the admin passes on (shown once by the page).
 */
export function InviteUserForm({ organisations, onInvited, onCancel }: InviteUserFormProps) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const [values, setValues] = useState<Values>({
    email: '',
    name: '',
    role: Role.CUSTOMER,
    organisationId: '',
    locale: '',
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const customer = values.role === Role.CUSTOMER;
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (field: Problem) =>
    problems.includes(field)
      ? t(`admin.user.problem.${field}`)
      : invite.error?.field === field
        ? t('error.BAD_USER_INPUT_FIELD')
        : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problem[] = [];
    if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) found.push('email');
    if (!values.name.trim()) found.push('name');
    if (customer && !values.organisationId) found.push('organisationId');
    setProblems(found);
    if (found.length > 0) return;
    const result = await invite.run({
      input: {
        email: values.email.trim(),
        name: values.name.trim(),
        role: values.role,
        organisationId: customer ? values.organisationId : undefined,
        locale: values.locale || undefined,
      },
    });
    if (result.data) {
      const { invitationPath, expiresAt, user } = result.data.inviteUser;
      onInvited({ url: `${window.location.origin}${invitationPath}`, expiresAt, name: user.name });
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <div className="form-grid">
        <Field id="invite-email" label={t('admin.user.email')} required error={errorOf('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              data-testid="invite-email"
              value={values.email}
              onChange={(event) => set('email', event.target.value)}
            />
          )}
        </Field>
        <Field id="invite-name" label={t('admin.user.name')} required error={errorOf('name')}>
          {(control) => (
            <input
              {...control}
              data-testid="invite-name"
              maxLength={200}
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field id="invite-role" label={t('admin.user.role')}>
          {(control) => (
            <select
              {...control}
              data-testid="invite-role"
              value={values.role}
              onChange={(event) => set('role', event.target.value as Role)}
            >
              {Object.values(Role).map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {customer && (
          <Field
            id="invite-organisation"
            label={t('admin.user.organisation')}
            required
            error={errorOf('organisationId')}
          >
            {(control) => (
              <select
                {...control}
                data-testid="invite-organisation"
                value={values.organisationId}
                onChange={(event) => set('organisationId', event.target.value)}
              >
                <option value="">{t('admin.user.chooseOrganisation')}</option>
                {organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="invite-locale" label={t('admin.user.locale')}>
          {(control) => (
            <select
              {...control}
              value={values.locale}
              onChange={(event) => set('locale', event.target.value as Values['locale'])}
            >
              <option value="">{t('admin.user.localeDefault')}</option>
              <option value={Locale.Ja}>{t('language.ja')}</option>
              <option value={Locale.En}>{t('language.en')}</option>
            </select>
          )}
        </Field>
      </div>
      {invite.error && <ErrorAlert error={invite.error} />}
      <div className="form-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="invite-submit"
          disabled={invite.busy}
        >
          {invite.busy ? t('common.saving') : t('admin.user.invite')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
