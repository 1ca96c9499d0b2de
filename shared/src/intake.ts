import { TicketType } from './enums';

/** Intake fields that can be required depending on the request type. */
export type IntakeField =
  'description' | 'reproductionSteps' | 'businessImpact' | 'permissionGranted';

/**
 * Fields the intake form requires per request type (product.md): a platform
 * issue needs the problem, reproduction steps and business impact; a service
 * request needs the request and an explicit permission.
 */
export const REQUIRED_INTAKE_FIELDS: Readonly<Record<TicketType, readonly IntakeField[]>> = {
  [TicketType.QUESTION]: ['description'],
  [TicketType.PLATFORM_ISSUE]: ['description', 'reproductionSteps', 'businessImpact'],
  [TicketType.SERVICE_REQUEST]: ['description', 'permissionGranted'],
  [TicketType.INTEGRATION]: ['description'],
};

/** The values of the conditionally required intake fields. */
export interface IntakeValues {
  description?: string | null;
  reproductionSteps?: string | null;
  businessImpact?: string | null;
  permissionGranted?: boolean | null;
}

/** The first required field that is missing for this type, or null when all are present. */
export function missingIntakeField(type: TicketType, values: IntakeValues): IntakeField | null {
  for (const field of REQUIRED_INTAKE_FIELDS[type]) {
    const value = values[field];
    const present = typeof value === 'boolean' ? value : Boolean(value && value.trim());
    if (!present) return field;
  }
  return null;
}
