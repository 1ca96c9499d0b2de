import { In, IsNull, Not } from 'typeorm';
import type { Database } from '../../core/database/database';
import { SurveyInvitationRecord } from './survey-invitation.entity';

/** Satisfaction over a group of tickets, for reports. */
export interface SatisfactionSummary {
  /** Answered surveys. */
  responses: number;
  /** Mean rating 1–5; null without responses. */
  averageRating: number | null;
}

/**
 * The survey ratings of these tickets (answered ones only), by ticket id:
 * what the service-level report groups by plan and severity.
 */
export async function ratingsOf(
  db: Database,
  ticketIds: readonly number[],
): Promise<Map<number, number>> {
  if (ticketIds.length === 0) return new Map();
  const answered = await db.reader.find(SurveyInvitationRecord, {
    select: { ticketId: true, rating: true },
    where: { ticketId: In([...ticketIds]), usedAt: Not(IsNull()), rating: Not(IsNull()) },
  });
  return new Map(answered.map((record) => [record.ticketId, record.rating as number]));
}

/** Counts and averages ratings (e.g. the values of ratingsOf for one group). */
export function summariseSatisfaction(ratings: readonly number[]): SatisfactionSummary {
  if (ratings.length === 0) return { responses: 0, averageRating: null };
  const total = ratings.reduce((sum, rating) => sum + rating, 0);
  return { responses: ratings.length, averageRating: total / ratings.length };
}
