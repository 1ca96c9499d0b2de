import { SupportPlan } from '../enums';
import type { Severity } from '../severity';
import { DEFAULT_PLAN_TARGETS, type SlaClock } from './plans';

const H = 60;
const BUSINESS_DAY = 9 * H;

describe('default plan targets', () => {
  it.each<[SupportPlan, Severity, number, number, SlaClock]>([
    [SupportPlan.STANDARD, 1, 1 * H, 4 * H, 'ALWAYS'],
    [SupportPlan.STANDARD, 2, 4 * H, BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.STANDARD, 3, BUSINESS_DAY, 3 * BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.STANDARD, 4, 2 * BUSINESS_DAY, 5 * BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.PREMIER, 1, 30, 1 * H, 'ALWAYS'],
    [SupportPlan.PREMIER, 2, 2 * H, 4 * H, 'ALWAYS'],
    [SupportPlan.PREMIER, 3, 8 * H, BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.PREMIER, 4, BUSINESS_DAY, 3 * BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.PREMIER_PLUS, 1, 15, 30, 'ALWAYS'],
    [SupportPlan.PREMIER_PLUS, 2, 1 * H, 2 * H, 'ALWAYS'],
    [SupportPlan.PREMIER_PLUS, 3, 4 * H, BUSINESS_DAY, 'BUSINESS_HOURS'],
    [SupportPlan.PREMIER_PLUS, 4, BUSINESS_DAY, 5 * BUSINESS_DAY, 'BUSINESS_HOURS'],
  ])(
    '%s severity %i: first response %i min, update %i min, %s',
    (plan, severity, first, update, clock) => {
      expect(DEFAULT_PLAN_TARGETS[plan][severity]).toEqual({
        firstResponseMinutes: first,
        updateMinutes: update,
        clock,
      });
    },
  );

  it('covers every plan and severity', () => {
    expect(Object.keys(DEFAULT_PLAN_TARGETS).sort()).toEqual(Object.values(SupportPlan).sort());
    for (const targets of Object.values(DEFAULT_PLAN_TARGETS)) {
      expect(Object.keys(targets)).toEqual(['1', '2', '3', '4']);
    }
  });
});
