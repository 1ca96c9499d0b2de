import { SupportPlan } from '../enums';
import type { Severity } from '../severity';

/**
 * How a target's time is counted: `ALWAYS` is wall-clock time (24x7);
 * `BUSINESS_HOURS` counts only the business hours of the organisation's
 * calendar (see `BusinessCalendar`).
 */
export type SlaClock = 'ALWAYS' | 'BUSINESS_HOURS';

/** The service levels of one severity on one plan. */
export interface ServiceTarget {
  /** Time from creation to the first public reply or state change by support. */
  firstResponseMinutes: number;
  /** Longest time between two public replies by support after the first response. */
  updateMinutes: number;
  /** How both times are counted. */
  clock: SlaClock;
}

/** A plan's targets, one per severity. */
export type PlanTargets = Record<Severity, ServiceTarget>;

/**
 * Minutes in a business day (sla.md: 9 business hours). Targets are stored
 * in minutes, so a business day stays 540 business minutes even when an
 * admin gives a calendar longer or shorter opening hours.
 */
export const BUSINESS_DAY_MINUTES = 9 * 60;

const hours = (count: number): number => count * 60;
const businessDays = (count: number): number => count * BUSINESS_DAY_MINUTES;

const always = (firstResponseMinutes: number, updateMinutes: number): ServiceTarget => ({
  firstResponseMinutes,
  updateMinutes,
  clock: 'ALWAYS',
});

const business = (firstResponseMinutes: number, updateMinutes: number): ServiceTarget => ({
  firstResponseMinutes,
  updateMinutes,
  clock: 'BUSINESS_HOURS',
});

/**
 * The default targets of sla.md's table; admins may edit a plan's copy.
 *
 * How the table's words are read:
 * - a cell marked 24x7 counts wall-clock minutes ("1 h" = 60 minutes);
 * - every other cell counts business hours, for both of its targets: Premier
 *   severity 3 "8 business h, daily" is 480 business minutes to the first
 *   response, then an update every business day;
 * - a business day is 9 business hours (540 minutes), so "daily" is 540,
 *   "every 3 business days" 1,620 and "2 business days" 1,080 business
 *   minutes;
 * - "weekly" on business hours is 5 business days: 2,700 business minutes.
 */
export const DEFAULT_PLAN_TARGETS: Readonly<Record<SupportPlan, PlanTargets>> = {
  [SupportPlan.STANDARD]: {
    1: always(hours(1), hours(4)),
    2: business(hours(4), businessDays(1)),
    3: business(businessDays(1), businessDays(3)),
    4: business(businessDays(2), businessDays(5)),
  },
  [SupportPlan.PREMIER]: {
    1: always(30, hours(1)),
    2: always(hours(2), hours(4)),
    3: business(hours(8), businessDays(1)),
    4: business(businessDays(1), businessDays(3)),
  },
  [SupportPlan.PREMIER_PLUS]: {
    1: always(15, 30),
    2: always(hours(1), hours(2)),
    3: business(hours(4), businessDays(1)),
    4: business(businessDays(1), businessDays(5)),
  },
};
