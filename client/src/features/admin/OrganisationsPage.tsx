import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { SupportPlan } from '@support/shared';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { Locale, type AdminOrganisationFragment } from '../../gql/graphql';
import { AdminOrganisationsQuery } from './admin.operations';
import { AdminHeading, AdminTable } from './AdminScaffold';
import { OrganisationForm } from './OrganisationForm';
import { useCreateOrganisation } from './useCreateOrganisation';
import { useUpdateOrganisation } from './useUpdateOrganisation';

const NEW_ORGANISATION = {
  name: '',
  plan: SupportPlan.STANDARD,
  timeZone: 'Asia/Tokyo',
  locale: Locale.Ja,
};

function OrganisationRow({ organisation }: { organisation: AdminOrganisationFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateOrganisation();

  if (editing) {
    return (
      <tr data-testid={`org-row-${organisation.id}`}>
        <td colSpan={6}>
          <OrganisationForm
            idPrefix={`org-${organisation.id}`}
            initial={{
              name: organisation.name,
              plan: organisation.plan,
              timeZone: organisation.timeZone,
              locale: organisation.locale,
            }}
            holidayCalendar={organisation.holidayCalendar}
            submitLabel={t('common.save')}
            busy={update.busy}
            error={update.error}
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            onSubmit={async (values) => {
              const result = await update.run({ input: { id: organisation.id, ...values } });
              if (!result.error) setEditing(false);
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid={`org-row-${organisation.id}`}>
      <th scope="row">{organisation.name}</th>
      <td>{t(`plan.${organisation.plan}`)}</td>
      <td>{organisation.timeZone}</td>
      <td>{t(`language.${organisation.locale === Locale.Ja ? 'ja' : 'en'}`)}</td>
      <td>{organisation.holidayCalendar ?? t('common.none')}</td>
      <td>
        <button
          type="button"
          className="button"
          data-testid="org-edit"
          aria-label={t('admin.org.editNamed', { name: organisation.name })}
          onClick={() => setEditing(true)}
        >
          {t('common.edit')}
        </button>
      </td>
    </tr>
  );
}

/** Admins: every customer organisation, created and edited in place. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AdminOrganisationsQuery);
  const create = useCreateOrganisation();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section aria-labelledby="orgs-title">
      <AdminHeading
        titleId="orgs-title"
        title={t('admin.org.title')}
        actionLabel={t('admin.org.new')}
        actionTestId="org-new"
        showAction={!creating}
        onAction={() => {
          setCreated(null);
          setCreating(true);
        }}
      />
      <div aria-live="polite">
        {created && (
          <p className="alert alert-success">{t('admin.org.created', { name: created })}</p>
        )}
      </div>
      {creating && (
        <div className="card">
          <h3 className="card-title">{t('admin.org.new')}</h3>
          <OrganisationForm
            idPrefix="org-new"
            initial={NEW_ORGANISATION}
            submitLabel={t('admin.org.create')}
            busy={create.busy}
            error={create.error}
            onCancel={() => {
              create.reset();
              setCreating(false);
            }}
            onSubmit={async (values) => {
              const result = await create.run({ input: values });
              if (result.data) {
                setCreating(false);
                setCreated(result.data.createOrganisation.name);
              }
            }}
          />
        </div>
      )}
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <AdminTable
          testId="org-table"
          caption={t('admin.org.title')}
          columns={[
            t('admin.org.name'),
            t('admin.org.plan'),
            t('admin.org.timeZone'),
            t('admin.org.locale'),
            t('admin.org.calendar'),
          ]}
        >
          {data.organisations.map((organisation) => (
            <OrganisationRow key={organisation.id} organisation={organisation} />
          ))}
        </AdminTable>
      )}
    </section>
  );
}
