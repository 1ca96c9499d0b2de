import { IsNull, type EntityManager } from 'typeorm';
import { Locale } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput } from '../../core/errors/domain-error';
import { hashSecret } from '../auth/secret';
import { Ticket } from '../ticket/ticket.entity';
import { User } from '../user/user.entity';
import { SurveyInvitationRecord } from './survey-invitation.entity';
import type { SubmitSurveyInput } from './survey.inputs';
import type { SurveyInvitation } from './survey.types';

/**
 * The satisfaction survey behind a one-time link, for people who are not
 * logged in: the link's secret is the only credential, looked up by hash.
 */
export class SurveyService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The survey of this link, or null when no link has this secret. */
  async find(token: string): Promise<SurveyInvitation | null> {
    const record = await this.db.reader.findOneBy(SurveyInvitationRecord, {
      tokenHash: hashSecret(token),
    });
    return record ? this.present(this.db.reader, record) : null;
  }

  /**
   * Records the answer; one transaction. Refused with BAD_USER_INPUT on
   * `token` when the link is unknown (or altered), already used or expired.
   * The link is spent by a conditional update, so two concurrent answers
   * cannot both count.
   */
  async submit(input: SubmitSurveyInput): Promise<SurveyInvitation> {
    const comment = input.comment?.trim() || null;
    return this.db.transaction(async (manager) => {
      const record = await manager.findOneBy(SurveyInvitationRecord, {
        tokenHash: hashSecret(input.token),
      });
      if (!record) throw badInput('token', 'This survey link is not valid.');
      const now = this.clock.now();
      if (record.usedAt) throw badInput('token', 'This survey was already answered.');
      if (new Date(record.expiresAt) <= now) {
        throw badInput('token', 'This survey link has expired.');
      }
      const result = await manager.update(
        SurveyInvitationRecord,
        { id: record.id, usedAt: IsNull() },
        { usedAt: now, rating: input.rating, comment },
      );
      if (result.affected !== 1) throw badInput('token', 'This survey was already answered.');
      return this.present(manager, { ...record, usedAt: now });
    });
  }

  private async present(
    manager: EntityManager,
    record: SurveyInvitationRecord,
  ): Promise<SurveyInvitation> {
    const ticket = await manager.findOneByOrFail(Ticket, { id: record.ticketId });
    const requester = await manager.findOneBy(User, { id: record.requesterId });
    return {
      ticketNumber: ticket.number,
      ticketTitle: ticket.title,
      locale: requester?.locale === Locale.JA ? Locale.JA : Locale.EN,
      answered: record.usedAt !== null,
      expired: new Date(record.expiresAt) <= this.clock.now(),
    };
  }
}
