import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A customer who follows a colleague's ticket instead of opening a
 * duplicate: they see it among the tickets they follow and are meant to
 * receive its updates.
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
