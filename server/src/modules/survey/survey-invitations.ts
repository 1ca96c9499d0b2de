import type { EntityManager } from 'typeorm';
import { hashSecret, newSecret } from '../auth/secret';
import { SurveyInvitationRecord } from './survey-invitation.entity';

/** How long a survey link works. */
export const SURVEY_LIFETIME_MS = 30 * 24 * 3600_000;

/** A new invitation's secret (for the link only; never stored) and its end. */
export interface NewSurveyInvitation {
  secret: string;
  expiresAt: Date;
}

/**
 * Creates the survey invitation of a solved ticket inside the caller's
 * transaction (the one that queues the closed email). Returns null when the
 * ticket already has one: processing the close event again invites nobody twice.
 */
export async function inviteToSurvey(
  manager: EntityManager,
  ticket: { id: number; requesterId: number },
  now: Date,
): Promise<NewSurveyInvitation | null> {
  if (await manager.existsBy(SurveyInvitationRecord, { ticketId: ticket.id })) return null;
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + SURVEY_LIFETIME_MS);
  await manager.insert(SurveyInvitationRecord, {
    ticketId: ticket.id,
    requesterId: ticket.requesterId,
    tokenHash: hashSecret(secret),
    createdAt: now,
    expiresAt,
    usedAt: null,
    rating: null,
    comment: null,
  });
  return { secret, expiresAt };
}

/** The public link of a survey: `${publicUrl}/survey/<secret>`. */
export function surveyUrl(publicUrl: string, secret: string): string {
  return `${publicUrl}/survey/${encodeURIComponent(secret)}`;
}
