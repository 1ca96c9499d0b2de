import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TicketEventKind } from '@support/shared';
import { bigintAsString, DateTimeColumn } from '../database/columns';

/**
 * The outbox: one row per ticket change, written in the change's own
 * transaction. `sequence` comes from the locked counter row, so sequences
 * are contiguous and commit in order; subscribers replay from here.
 */
@Entity({ name: 'ticket_event' })
@Index(['organisationId', 'sequence'])
@Index(['ticketId', 'sequence'])
export class TicketEventRecord {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsString })
  sequence: string;

  @Column({ type: 'int' })
  ticketId: number;

  @Column({ type: 'int' })
  organisationId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: TicketEventKind;

  /** Agents only (an internal note): never delivered to customers. */
  @Column({ type: 'boolean' })
  internal: boolean;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'int', nullable: true })
  commentId: number | null;

  @DateTimeColumn()
  at: Date;
}
