import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A customer who follows a colleague's ticket instead of opening a
 * duplicate: they see it among the tickets they follow (followedTickets)
 * and get its changes live like every ticket of their organisation; by
 * email they are told its planned availability (see mail-plan.ts).
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
