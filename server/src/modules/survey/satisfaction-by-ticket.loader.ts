import DataLoader from 'dataloader';
import { In, Not, IsNull } from 'typeorm';
import type { Database } from '../../core/database/database';
import { SurveyInvitationRecord } from './survey-invitation.entity';

/** The answered survey of each ticket (null when none), batched per request. */
export function createSatisfactionByTicketLoader(
  db: Database,
): DataLoader<number, SurveyInvitationRecord | null> {
  return new DataLoader(async (ticketIds) => {
    const answered = await db.reader.find(SurveyInvitationRecord, {
      where: { ticketId: In([...ticketIds]), usedAt: Not(IsNull()) },
    });
    return ticketIds.map((id) => answered.find((record) => record.ticketId === id) ?? null);
  });
}
