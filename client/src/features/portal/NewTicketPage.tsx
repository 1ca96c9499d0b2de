import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { ErrorCode, LIMITS, TicketType } from '@support/shared';
import { toApiError, type ApiError } from '../../core/apollo/api-error';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import {
  emptyDraft,
  isRequired,
  toInput,
  validateDraft,
  type IntakeDraft,
  type IntakeErrorField,
  type SetDraftField,
} from './intake-form';
import { CreateTicketMutation } from './portal.operations';
import { AttachmentPicker } from '../attachments/AttachmentPicker';
import { useAttachmentUploads } from '../attachments/useAttachmentUploads';
import { ArticleSuggestions } from '../knowledge/ArticleSuggestions';
import { DuplicateSuggestions } from '../search/DuplicateSuggestions';
import { InstanceFields } from './InstanceFields';
import { SeverityPicker } from './SeverityPicker';
import { TicketTypePicker } from './TicketTypePicker';
import './portal.css';

const ERROR_FIELDS: readonly string[] = [
  'title',
  'description',
  'reproductionSteps',
  'businessImpact',
  'permissionGranted',
  'instanceUrl',
  'documentIds',
];

/**
 * Opens a ticket: request type, the severity questions and levels, title
 * and description, and what the type requires (reproduction steps and
 * business impact for a platform issue, the permission for a service
 * request). Errors are shown at their field, from the form's own checks
 * or the server's BAD_USER_INPUT; what was typed is never cleared by an error.
 */
export function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IntakeDraft>(emptyDraft);
  const [invalid, setInvalid] = useState<IntakeErrorField[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [create, { loading }] = useMutation(CreateTicketMutation);
  const summary = useRef<HTMLDivElement>(null);
  const uploads = useAttachmentUploads();
  const [filesProblem, setFilesProblem] = useState<'wait' | 'rejected' | null>(null);

  const set: SetDraftField = (key, value) => setDraft((current) => ({ ...current, [key]: value }));
  const errorOf = (field: IntakeErrorField) =>
    invalid.includes(field) ? t(`intake.error.${field}`) : null;

  function showErrors(fields: IntakeErrorField[]) {
    setInvalid(fields);
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const errors = validateDraft(draft);
    if (errors.length > 0) return showErrors(errors);
    setInvalid([]);
    if (uploads.busy) return setFilesProblem('wait');
    if (uploads.files.some((file) => file.status === 'failed')) return setFilesProblem('rejected');
    setFilesProblem(null);
    const attachmentIds = uploads.ids.length > 0 ? uploads.ids : undefined;
    try {
      const { data } = await create({ variables: { input: { ...toInput(draft), attachmentIds } } });
      if (data)
        navigate(`/portal/tickets/${data.createTicket.number}`, { state: { created: true } });
    } catch (caught) {
      const apiError = toApiError(caught);
      const field = apiError.field;
      if (apiError.code === ErrorCode.BAD_USER_INPUT && field && ERROR_FIELDS.includes(field)) {
        showErrors([field as IntakeErrorField]);
      } else if (apiError.code === ErrorCode.BAD_USER_INPUT && field === 'attachmentIds') {
        setFilesProblem('rejected');
      } else {
        setFailure(apiError);
      }
    }
  }

  const platform = draft.type === TicketType.PLATFORM_ISSUE;
  return (
    <section className="intake">
      <h1>{t('intake.title')}</h1>
      <p className="muted">{t('intake.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div ref={summary} tabIndex={-1} className="error-summary-anchor">
          {invalid.length > 0 && (
            <p className="alert alert-error" role="alert" data-testid="intake-errors">
              {t('intake.errorSummary', { count: invalid.length })}
            </p>
          )}
        </div>
        <TicketTypePicker
          value={draft.type}
          onChange={(type) => set('type', type)}
          onIdea={() => navigate('/ideas')}
        />
        <SeverityPicker
          answers={draft.answers}
          chosen={draft.chosenSeverity}
          onAnswers={(answers) => set('answers', answers)}
          onChoose={(severity) => set('chosenSeverity', severity)}
        />
        <Field id="intake-title" label={t('intake.titleLabel')} error={errorOf('title')} required>
          {(control) => (
            <input
              {...control}
              data-testid="intake-title"
              maxLength={LIMITS.titleMaxLength}
              value={draft.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Field
          id="intake-description"
          label={t(`intake.descriptionLabel.${draft.type}`)}
          error={errorOf('description')}
          required={isRequired(draft.type, 'description')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              data-testid="intake-description"
              maxLength={LIMITS.longTextMaxLength}
              value={draft.description}
              onChange={(event) => set('description', event.target.value)}
            />
          )}
        </Field>
        <DuplicateSuggestions
          title={draft.title}
          description={draft.description}
          documentIds={draft.documentIds}
        />
        <ArticleSuggestions title={draft.title} description={draft.description} />
        {platform && (
          <>
            <Field
              id="intake-steps"
              label={t('ticket.reproductionSteps')}
              hint={t('intake.stepsHint')}
              error={errorOf('reproductionSteps')}
              required
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  data-testid="intake-steps"
                  maxLength={LIMITS.longTextMaxLength}
                  value={draft.reproductionSteps}
                  onChange={(event) => set('reproductionSteps', event.target.value)}
                />
              )}
            </Field>
            <Field
              id="intake-impact"
              label={t('ticket.businessImpact')}
              hint={t('intake.impactHint')}
              error={errorOf('businessImpact')}
              required
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  data-testid="intake-impact"
                  maxLength={LIMITS.longTextMaxLength}
                  value={draft.businessImpact}
                  onChange={(event) => set('businessImpact', event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {draft.type === TicketType.SERVICE_REQUEST && (
          <div className={errorOf('permissionGranted') ? 'field field-invalid' : 'field'}>
            <label className="checkbox">
              <input
                type="checkbox"
                id="intake-permission"
                data-testid="intake-permission"
                checked={draft.permissionGranted}
                aria-invalid={Boolean(errorOf('permissionGranted'))}
                aria-describedby={
                  errorOf('permissionGranted') ? 'intake-permission-error' : undefined
                }
                aria-required
                onChange={(event) => set('permissionGranted', event.target.checked)}
              />
              {t('intake.permissionLabel')} <span aria-hidden="true">*</span>
            </label>
            {errorOf('permissionGranted') && (
              <p id="intake-permission-error" className="field-error">
                {errorOf('permissionGranted')}
              </p>
            )}
          </div>
        )}
        <InstanceFields draft={draft} set={set} errorOf={errorOf} />
        <fieldset className="fieldset">
          <legend>{t('intake.attachmentsLegend')}</legend>
          <p className="field-hint">{t('intake.attachmentsHint')}</p>
          <AttachmentPicker uploads={uploads} testId="intake" />
          {filesProblem && (
            <p className="field-error" role="alert">
              {t(`attachments.${filesProblem}`)}
            </p>
          )}
        </fieldset>
        {failure && <ErrorAlert error={failure} />}
        <div className="form-buttons">
          <button
            type="submit"
            className="button button-primary"
            data-testid="intake-submit"
            disabled={loading}
          >
            {loading ? t('intake.submitting') : t('intake.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
