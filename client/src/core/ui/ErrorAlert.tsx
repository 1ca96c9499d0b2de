import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../apollo/api-error';

/** Props of ErrorAlert. */
export interface ErrorAlertProps {
  /** An error from Apollo, or one already read with toApiError. */
  error: unknown;
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && !('name' in value);
}

/**
 * Announces a failed operation in the user's language (role=alert), by its
 * error code; an internal error shows the reference the server logged.
 */
export function ErrorAlert({ error }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : toApiError(error);
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(`error.${apiError.code}`)}</p>
      {apiError.correlationId && (
        <p className="alert-reference">{t('error.reference', { id: apiError.correlationId })}</p>
      )}
    </div>
  );
}
