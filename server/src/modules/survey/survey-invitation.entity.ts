import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * The satisfaction survey of one solved ticket: a one-time link for its
 * requester and, once used, the answer. Only the SHA-256 of the link's
 * secret is kept, so the database cannot rebuild or alter a link.
 */
@Entity({ name: 'survey_invitation' })
export class SurveyInvitationRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** One survey per ticket, however often the close event is processed. */
  @Index({ unique: true })
  @Column({ type: 'int' })
  ticketId: number;

  @Column({ type: 'int' })
  requesterId: number;

  /** hashSecret of the link's secret. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  expiresAt: Date;

  /** When the answer came; the link is spent from then on. */
  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;

  /** 1 (poor) to 5 (excellent). */
  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
