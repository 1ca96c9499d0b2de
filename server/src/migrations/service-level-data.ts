import type { QueryRunner } from 'typeorm';
import { DEFAULT_PLAN_TARGETS, JAPAN_HOLIDAYS, type Severity } from '@support/shared';

/**
 * The default plans of sla.md and Japan's public holidays, written by the
 * ServiceLevels migration of both dialects (plain SQL that both accept).
 */
export async function insertServiceLevelDefaults(queryRunner: QueryRunner): Promise<void> {
  for (const [plan, targets] of Object.entries(DEFAULT_PLAN_TARGETS)) {
    for (const severity of [1, 2, 3, 4] as Severity[]) {
      const target = targets[severity];
      await queryRunner.query(
        'INSERT INTO plan_target (plan, severity, firstResponseMinutes, updateMinutes, clock) VALUES (?, ?, ?, ?, ?)',
        [plan, severity, target.firstResponseMinutes, target.updateMinutes, target.clock],
      );
    }
  }
  for (const date of JAPAN_HOLIDAYS) {
    await queryRunner.query('INSERT INTO holiday (calendar, date, name) VALUES (?, ?, ?)', [
      'JP',
      date,
      '祝日 / Public holiday',
    ]);
  }
}

/** Existing organisations get sla.md's business hours; Tokyo ones Japan's holidays. */
export const BACKFILL_ORGANISATIONS =
  "UPDATE organisation SET businessDays = '1,2,3,4,5', businessStart = '09:00', businessEnd = '18:00', " +
  "holidayCalendar = CASE WHEN timeZone = 'Asia/Tokyo' THEN 'JP' ELSE NULL END";
