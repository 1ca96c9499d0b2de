import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, LIMITS } from '@support/shared';
import { Field } from '../../core/ui/Field';
import type { TicketDetailFragment } from '../../gql/graphql';
import { useFieldError } from '../ticket/MutationError';
import { TicketMutationError } from '../ticket/TicketMutationError';
import { SetPlannedAvailabilityMutation } from '../ticket/ticket.operations';
import { useTicketMutation } from '../ticket/useTicketMutation';

/** Props of PlannedAvailabilityEditor. */
export interface PlannedAvailabilityEditorProps {
  ticket: TicketDetailFragment;
  reload: () => Promise<unknown>;
}

interface Values {
  release: string;
  date: string;
  reference: string;
  note: string;
}

const FIELDS = ['release', 'date', 'reference', 'note'] as const;

function valuesOf(
  planned: PlannedAvailabilityEditorProps['ticket']['plannedAvailability'],
): Values {
  return {
    release: planned?.release ?? '',
    date: planned?.date ?? '',
    reference: planned?.reference ?? '',
    note: planned?.note ?? '',
  };
}

/**
 * Sets when the fix is expected (release, date, development reference,
 * note for the customer). Until the user types, the form shows the current
 * value, live. The first keystroke records the version being edited, and
 * saving sends that version: if someone else changed the ticket meanwhile,
 * the save is refused (CONFLICT), the ticket reloads and the typed values
 * stay, so the user can compare and save again.
 */
export function PlannedAvailabilityEditor({ ticket, reload }: PlannedAvailabilityEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Values | null>(null);
  // The copy the user started editing: its version is sent, and a CONFLICT is explained against it.
  const [base, setBase] = useState<TicketDetailFragment | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useTicketMutation(SetPlannedAvailabilityMutation, reload);
  const fieldError = useFieldError(save.error);
  const values = draft ?? valuesOf(ticket.plannedAvailability);

  function change(field: keyof Values, value: string) {
    setSaved(false);
    setDraft({ ...values, [field]: value });
    if (base === null) setBase(ticket);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const error = await save.run(
      {
        input: {
          number: ticket.number,
          release: values.release.trim() || null,
          date: values.date || null,
          reference: values.reference.trim() || null,
          note: values.note.trim() || null,
          expectedVersion: (base ?? ticket).version,
        },
      },
      base ?? ticket,
    );
    if (!error) done();
    else if (error.code === ErrorCode.CONFLICT) {
      // The ticket was reloaded with the values kept: the next save is based on what is shown now.
      setBase(null);
    }
  }

  function done() {
    setDraft(null);
    setSaved(true);
    setBase(null);
  }

  return (
    <form className="card pa-editor" onSubmit={submit} aria-labelledby="pa-editor-title">
      <h2 id="pa-editor-title" className="card-title">
        {t('paEditor.title')}
      </h2>
      <Field id="pa-release" label={t('planned.release')} error={fieldError('release')}>
        {(control) => (
          <input
            {...control}
            data-testid="pa-release"
            maxLength={LIMITS.releaseMaxLength}
            value={values.release}
            onChange={(event) => change('release', event.target.value)}
          />
        )}
      </Field>
      <Field id="pa-date" label={t('planned.date')} error={fieldError('date')}>
        {(control) => (
          <input
            {...control}
            type="date"
            data-testid="pa-date"
            value={values.date}
            onChange={(event) => change('date', event.target.value)}
          />
        )}
      </Field>
      <Field id="pa-reference" label={t('planned.reference')} error={fieldError('reference')}>
        {(control) => (
          <input
            {...control}
            data-testid="pa-reference"
            maxLength={LIMITS.referenceMaxLength}
            value={values.reference}
            onChange={(event) => change('reference', event.target.value)}
          />
        )}
      </Field>
      <Field
        id="pa-note"
        label={t('planned.note')}
        hint={t('paEditor.noteHint')}
        error={fieldError('note')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            data-testid="pa-note"
            maxLength={LIMITS.noteMaxLength}
            value={values.note}
            onChange={(event) => change('note', event.target.value)}
          />
        )}
      </Field>
      <div className="form-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="pa-save"
          disabled={save.busy}
        >
          {save.busy ? t('common.saving') : t('paEditor.save')}
        </button>
        {draft && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(null);
              setBase(null);
              save.dismiss();
            }}
          >
            {t('paEditor.discard')}
          </button>
        )}
      </div>
      <p className="small muted">{t('paEditor.clearHint')}</p>
      <div aria-live="polite">
        {saved && !save.error && (
          <p className="alert alert-success" data-testid="pa-saved">
            {t('paEditor.saved')}
          </p>
        )}
      </div>
      <TicketMutationError
        mutation={save}
        ticket={ticket}
        onReapplied={done}
        fields={save.error?.code === ErrorCode.BAD_USER_INPUT ? FIELDS : []}
      />
    </form>
  );
}
