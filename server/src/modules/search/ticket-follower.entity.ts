import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A customer who follows a colleague's ticket instead of opening a
 * duplicate: they see it among the tickets they follow (followedTickets)
 * and get its changes live like every ticket of their organisation.
 * TODO(#5): followers get no email yet — remove when mail-plan.ts plans a
 * message per follower as it does for the requester.
 */
@Entity({ name: 'ticket_follower' })
@Index(['userId'])
export class TicketFollower {
  @PrimaryColumn({ type: 'int' })
  ticketId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @DateTimeColumn()
  createdAt: Date;
}
