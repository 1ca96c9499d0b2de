import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@support/shared';
import type { ApiError } from '../../core/apollo/api-error';
import { ErrorAlert } from '../../core/ui/ErrorAlert';

/** Props of MutationError. */
export interface MutationErrorProps {
  error: ApiError | null;
  /** Input fields the form shows errors for itself; not repeated here. */
  fields?: readonly string[];
}

/**
 * The failure of a ticket form: a CONFLICT explains that the ticket changed,
 * was reloaded and that the input is kept; anything else is translated by
 * code. Field errors the form shows next to the field are skipped.
 */
export function MutationError({ error, fields = [] }: MutationErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.code === ErrorCode.BAD_USER_INPUT && error.field && fields.includes(error.field)) {
    return null;
  }
  if (error.code === ErrorCode.CONFLICT) {
    return (
      <div className="alert alert-warning" role="alert" data-testid="conflict-notice">
        <p className="alert-title">{t('conflict.title')}</p>
        <p>{t('conflict.body')}</p>
      </div>
    );
  }
  return <ErrorAlert error={error} />;
}

/** The translated message for `field` when the error names it, else null. */
export function useFieldError(error: ApiError | null) {
  const { t } = useTranslation();
  return (field: string): string | null =>
    error?.code === ErrorCode.BAD_USER_INPUT && error.field === field
      ? t('error.BAD_USER_INPUT_FIELD')
      : null;
}
