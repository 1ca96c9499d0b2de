import { TicketType } from './enums';
import { missingIntakeField } from './intake';
import { suggestSeverity } from './severity';
import { formatTicketNumber, isTicketNumber } from './ticket-number';

describe('severity', () => {
  describe('suggestion', () => {
    it.each([
      [{ production: true, transactionsStopped: true, workaround: false }, 1],
      [{ production: true, transactionsStopped: false, workaround: false }, 2],
      [{ production: true, transactionsStopped: true, workaround: true }, 3],
      [{ production: false, transactionsStopped: false, workaround: true }, 4],
    ])('suggests for %j level %i', (answers, level) => {
      expect(suggestSeverity(answers)).toBe(level);
    });
  });
});

describe('intake', () => {
  it('requires reproduction steps and business impact for platform issues', () => {
    expect(missingIntakeField(TicketType.PLATFORM_ISSUE, { description: 'x' })).toBe(
      'reproductionSteps',
    );
    expect(
      missingIntakeField(TicketType.PLATFORM_ISSUE, { description: 'x', reproductionSteps: 'y' }),
    ).toBe('businessImpact');
  });

  it('requires an explicit permission for service requests', () => {
    expect(
      missingIntakeField(TicketType.SERVICE_REQUEST, {
        description: 'x',
        permissionGranted: false,
      }),
    ).toBe('permissionGranted');
    expect(
      missingIntakeField(TicketType.SERVICE_REQUEST, { description: 'x', permissionGranted: true }),
    ).toBeNull();
  });

  it('treats whitespace as missing', () => {
    expect(missingIntakeField(TicketType.QUESTION, { description: '   ' })).toBe('description');
  });
});

describe('ticket number', () => {
  it('formats counters with six digits and a prefix', () => {
    expect(formatTicketNumber(123)).toBe('CS-000123');
    expect(formatTicketNumber(1234567)).toBe('CS-1234567');
    expect(isTicketNumber('CS-000123')).toBe(true);
    expect(isTicketNumber('123')).toBe(false);
  });
});
