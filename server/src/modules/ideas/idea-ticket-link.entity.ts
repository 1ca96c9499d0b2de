import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A ticket that found a limitation of the service, linked by an engineer
 * to the idea that would lift it. One idea per ticket.
 */
@Entity({ name: 'idea_ticket_link' })
@Index(['ideaId'])
export class IdeaTicketLink {
  @PrimaryColumn({ type: 'int' })
  ticketId: number;

  @Column({ type: 'int' })
  ideaId: number;

  @Column({ type: 'int' })
  linkedById: number;

  @DateTimeColumn()
  linkedAt: Date;
}
