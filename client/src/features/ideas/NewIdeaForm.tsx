import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { CreateIdeaMutation } from './ideas.operations';

/** Props of NewIdeaForm. */
export interface NewIdeaFormProps {
  /** Called with the new idea's id. */
  onCreated(id: string): void;
}

/** "Share an idea": a button that opens a small form (title and description). */
export function NewIdeaForm({ onCreated }: NewIdeaFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [invalid, setInvalid] = useState<'title' | 'description' | null>(null);
  const [create, { loading, error }] = useMutation(CreateIdeaMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = title.trim().length < 3 ? 'title' : !description.trim() ? 'description' : null;
    setInvalid(missing);
    if (missing) return;
    try {
      const { data } = await create({
        variables: { input: { title: title.trim(), description: description.trim() } },
      });
      setTitle('');
      setDescription('');
      setOpen(false);
      if (data) onCreated(data.createIdea.id);
    } catch {
      // Shown from the mutation state; what was typed stays.
    }
  }

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="button button-primary"
          data-testid="idea-new"
          onClick={() => setOpen(true)}
        >
          {t('ideas.new')}
        </button>
      </p>
    );
  }
  return (
    <form className="card idea-new-form" onSubmit={submit} noValidate data-testid="idea-new-form">
      <h2 className="card-title">{t('ideas.new')}</h2>
      <Field
        id="idea-title"
        label={t('ideas.titleLabel')}
        error={invalid === 'title' ? t('ideas.titleError') : null}
        required
      >
        {(control) => (
          <input
            {...control}
            data-testid="idea-title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field
        id="idea-description"
        label={t('ideas.descriptionLabel')}
        hint={t('ideas.descriptionHint')}
        error={invalid === 'description' ? t('ideas.descriptionError') : null}
        required
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            data-testid="idea-description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      {error && <ErrorAlert error={error} />}
      <div className="form-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="idea-submit"
          disabled={loading}
        >
          {t('ideas.post')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t('ideas.cancel')}
        </button>
      </div>
    </form>
  );
}
