import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@support/shared';
import { toApiError } from '../../core/apollo/api-error';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { IdeaStatus, type IdeaCardFragment } from '../../gql/graphql';
import { SetIdeaStatusMutation } from './ideas.operations';

/**
 * Admins set where an idea stands on the roadmap, with a note. The change
 * states the version read; when another admin changed it first, the
 * refusal is shown and the idea (updated live) can be set again.
 */
export function IdeaStatusControl({ idea }: { idea: IdeaCardFragment }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(idea.status);
  const [note, setNote] = useState(idea.statusNote ?? '');
  const [save, { loading, error, reset }] = useMutation(SetIdeaStatusMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const input = {
      ideaId: idea.id,
      status,
      note: note.trim() || undefined,
      expectedVersion: idea.version,
    };
    await save({ variables: { input } }).catch(() => undefined);
  }

  const conflict = error && toApiError(error).code === ErrorCode.CONFLICT;
  return (
    <form className="idea-status-control" onSubmit={submit} data-testid="idea-status-control">
      <label className="field-label" htmlFor="idea-status-select">
        {t('ideas.setStatus')}
      </label>
      <div className="inline-field">
        <select
          id="idea-status-select"
          data-testid="idea-status-select"
          value={status}
          onChange={(event) => setStatus(event.target.value as IdeaStatus)}
        >
          {Object.values(IdeaStatus).map((value) => (
            <option key={value} value={value}>
              {t(`ideas.status.${value}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('ideas.statusNote')}
          placeholder={t('ideas.statusNotePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" className="button" disabled={loading} data-testid="idea-status-save">
          {t('ideas.saveStatus')}
        </button>
      </div>
      {error &&
        (conflict ? (
          <p className="alert alert-warning" role="alert">
            {t('ideas.statusConflict')}
          </p>
        ) : (
          <ErrorAlert error={error} />
        ))}
    </form>
  );
}
