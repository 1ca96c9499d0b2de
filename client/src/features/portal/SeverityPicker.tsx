import { useTranslation } from 'react-i18next';
import {
  SEVERITIES,
  suggestSeverity,
  type Severity,
  type SeverityQuestions,
} from '@support/shared';

/** Props of SeverityPicker. */
export interface SeverityPickerProps {
  answers: SeverityQuestions;
  /** The customer's own choice; null follows the suggestion. */
  chosen: Severity | null;
  onAnswers(answers: SeverityQuestions): void;
  onChoose(severity: Severity | null): void;
}

const QUESTIONS: ReadonlyArray<keyof SeverityQuestions> = [
  'production',
  'transactionsStopped',
  'workaround',
];

/**
 * The three yes/no questions of the intake (production? transactions
 * stopped? workaround?) suggest a level with the shared rule; the four
 * levels are shown with their definitions and the customer may pick
 * another one, or go back to the suggestion.
 */
export function SeverityPicker({ answers, chosen, onAnswers, onChoose }: SeverityPickerProps) {
  const { t } = useTranslation();
  const suggested = suggestSeverity(answers);
  const selected = chosen ?? suggested;

  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('intake.questionsLegend')}</legend>
        {QUESTIONS.map((question) => (
          <label key={question} className="checkbox">
            <input
              type="checkbox"
              data-testid={`question-${question}`}
              checked={answers[question]}
              onChange={(event) => onAnswers({ ...answers, [question]: event.target.checked })}
            />
            {t(`intake.question.${question}`)}
          </label>
        ))}
        <p className="suggestion" aria-live="polite" data-testid="severity-suggestion">
          {t('intake.suggested', { level: t(`severity.${suggested}.label`) })}
        </p>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('ticket.severity')}</legend>
        <div className="severity-options">
          {SEVERITIES.map((level) => (
            <label
              key={level}
              className={
                level === selected ? 'severity-option severity-option-on' : 'severity-option'
              }
            >
              <input
                type="radio"
                name="severity"
                value={level}
                data-testid={`severity-${level}`}
                checked={level === selected}
                onChange={() => onChoose(level === suggested ? null : level)}
              />
              <span className="severity-option-text">
                <strong>
                  {t(`severity.${level}.label`)}
                  {level === suggested && (
                    <span className="tag tag-suggested">{t('intake.suggestedTag')}</span>
                  )}
                </strong>
                <span className="small">{t(`severity.${level}.definition`)}</span>
              </span>
            </label>
          ))}
        </div>
        {chosen !== null && chosen !== suggested && (
          <p className="small">
            {t('intake.overridden')}{' '}
            <button type="button" className="link-button" onClick={() => onChoose(null)}>
              {t('intake.useSuggested')}
            </button>
          </p>
        )}
      </fieldset>
    </>
  );
}
