import { TicketType } from '@support/shared';
import {
  effectiveSeverity,
  emptyDraft,
  toInput,
  validateDraft,
  type IntakeDraft,
} from './intake-form';

function buildDraft(overrides: Partial<IntakeDraft> = {}): IntakeDraft {
  return {
    ...emptyDraft(),
    title: 'Invoices cannot be approved',
    description: 'Error 500',
    ...overrides,
  };
}

describe('intake form', () => {
  describe('validation', () => {
    it('requires reproduction steps and business impact for a platform issue', () => {
      expect(validateDraft(buildDraft({ type: TicketType.PLATFORM_ISSUE }))).toEqual([
        'reproductionSteps',
        'businessImpact',
      ]);
    });

    it('requires the permission for a service request', () => {
      expect(validateDraft(buildDraft({ type: TicketType.SERVICE_REQUEST }))).toEqual([
        'permissionGranted',
      ]);
      expect(
        validateDraft(buildDraft({ type: TicketType.SERVICE_REQUEST, permissionGranted: true })),
      ).toEqual([]);
    });

    it('reports every problem at once, in form order', () => {
      const draft = buildDraft({ type: TicketType.QUESTION, title: 'a', description: ' ' });
      expect(validateDraft(draft)).toEqual(['title', 'description']);
    });

    it('checks the instance URL only when one is given', () => {
      const draft = buildDraft({ type: TicketType.QUESTION });
      expect(validateDraft({ ...draft, instanceUrl: 'erp.example.com' })).toEqual(['instanceUrl']);
      expect(validateDraft({ ...draft, instanceUrl: 'https://erp.example.com' })).toEqual([]);
    });
  });

  describe('severity', () => {
    it('follows the suggestion until the customer picks a level', () => {
      const answers = { production: true, transactionsStopped: true, workaround: false };
      expect(effectiveSeverity(buildDraft({ answers }))).toBe(1);
      expect(effectiveSeverity(buildDraft({ answers, chosenSeverity: 3 }))).toBe(3);
    });
  });

  describe('input', () => {
    it('splits document IDs and leaves out fields the type does not use', () => {
      const input = toInput(
        buildDraft({
          type: TicketType.QUESTION,
          documentIds: 'PO-1, INV-2\nER-3',
          reproductionSteps: 'typed before switching type',
        }),
      );
      expect(input.documentIds).toEqual(['PO-1', 'INV-2', 'ER-3']);
      expect(input.reproductionSteps).toBeUndefined();
      expect(input.permissionGranted).toBeUndefined();
    });
  });
});
