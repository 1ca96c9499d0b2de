/** Severity levels 1 (critical) to 4 (request or question), as in product.md. */
export const SEVERITIES = [1, 2, 3, 4] as const;

/** A severity level. */
export type Severity = (typeof SEVERITIES)[number];

/** True when the value is one of the four severity levels. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'number' && (SEVERITIES as readonly number[]).includes(value);
}

/** The answers of the intake form's three yes/no questions. */
export interface SeverityQuestions {
  /** Is the production instance affected? */
  production: boolean;
  /** Have transactions stopped? */
  transactionsStopped: boolean;
  /** Is there a workaround? */
  workaround: boolean;
}

/**
 * Suggests a severity from the intake questions. The customer may override
 * it; the suggestion only keeps the level in line with the impact.
 */
export function suggestSeverity(answers: SeverityQuestions): Severity {
  if (answers.production && answers.transactionsStopped && !answers.workaround) return 1;
  if (answers.production && !answers.workaround) return 2;
  if (answers.production || answers.transactionsStopped) return 3;
  return 4;
}
