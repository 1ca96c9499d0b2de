import {
  InstanceEnvironment,
  LIMITS,
  REQUIRED_INTAKE_FIELDS,
  suggestSeverity,
  TicketType,
  type IntakeField,
  type Severity,
  type SeverityQuestions,
} from '@support/shared';
import type { CreateTicketInput } from '../../gql/graphql';

/** What the customer has typed into the new-ticket form. */
export interface IntakeDraft {
  type: TicketType;
  /** The level the customer picked; null follows the suggestion. */
  chosenSeverity: Severity | null;
  answers: SeverityQuestions;
  title: string;
  description: string;
  reproductionSteps: string;
  businessImpact: string;
  permissionGranted: boolean;
  instanceEnvironment: InstanceEnvironment | '';
  instanceUrl: string;
  affectedUserLogin: string;
  /** Comma, space or line separated. */
  documentIds: string;
}

/** Sets one field of the draft. */
export type SetDraftField = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => void;

/** Fields the form can mark invalid. */
export type IntakeErrorField = 'title' | IntakeField | 'instanceUrl' | 'documentIds';

/** An empty form. */
export function emptyDraft(): IntakeDraft {
  return {
    type: TicketType.PLATFORM_ISSUE,
    chosenSeverity: null,
    answers: { production: false, transactionsStopped: false, workaround: false },
    title: '',
    description: '',
    reproductionSteps: '',
    businessImpact: '',
    permissionGranted: false,
    instanceEnvironment: '',
    instanceUrl: '',
    affectedUserLogin: '',
    documentIds: '',
  };
}

/** The severity that will be sent: the customer's choice, else the suggestion. */
export function effectiveSeverity(draft: IntakeDraft): Severity {
  return draft.chosenSeverity ?? suggestSeverity(draft.answers);
}

/** True when the request type requires the field (shared REQUIRED_INTAKE_FIELDS). */
export function isRequired(type: TicketType, field: IntakeField): boolean {
  return REQUIRED_INTAKE_FIELDS[type].includes(field);
}

function splitIds(text: string): string[] {
  return text
    .split(/[\s,、]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * The fields that are wrong, in form order: the same rules as the server
 * (title of at least 3 characters, the type's required fields), checked
 * before sending so the customer sees every problem at once.
 */
export function validateDraft(draft: IntakeDraft): IntakeErrorField[] {
  const errors: IntakeErrorField[] = [];
  if (draft.title.trim().length < 3) errors.push('title');
  for (const field of REQUIRED_INTAKE_FIELDS[draft.type]) {
    const value = draft[field];
    const present = typeof value === 'boolean' ? value : value.trim() !== '';
    if (!present) errors.push(field);
  }
  if (draft.instanceUrl.trim() && !/^https?:\/\/\S+$/i.test(draft.instanceUrl.trim())) {
    errors.push('instanceUrl');
  }
  const ids = splitIds(draft.documentIds);
  if (
    ids.length > LIMITS.maxDocumentIds ||
    ids.some((id) => id.length > LIMITS.documentIdMaxLength)
  ) {
    errors.push('documentIds');
  }
  return errors;
}

/** The mutation input; fields the type does not use are left out. */
export function toInput(draft: IntakeDraft): CreateTicketInput {
  const platform = draft.type === TicketType.PLATFORM_ISSUE;
  const optional = (text: string) => text.trim() || undefined;
  return {
    type: draft.type,
    severity: effectiveSeverity(draft),
    title: draft.title.trim(),
    description: draft.description.trim(),
    reproductionSteps: platform ? optional(draft.reproductionSteps) : undefined,
    businessImpact: platform ? optional(draft.businessImpact) : undefined,
    permissionGranted:
      draft.type === TicketType.SERVICE_REQUEST ? draft.permissionGranted : undefined,
    instanceEnvironment: draft.instanceEnvironment || undefined,
    instanceUrl: optional(draft.instanceUrl),
    affectedUserLogin: optional(draft.affectedUserLogin),
    documentIds: splitIds(draft.documentIds),
  };
}
