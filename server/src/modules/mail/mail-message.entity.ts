import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsString, DateTimeColumn } from '../../core/database/columns';

/** Where a queued message is in its life. */
export enum MailStatus {
  /** Waiting for its next attempt (`nextAttemptAt`). */
  QUEUED = 'QUEUED',
  /** Handed to the transport; returns to QUEUED if the sender dies (see MailSender). */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Given up: a permanent refusal, or every attempt failed. */
  FAILED = 'FAILED',
}

/**
 * One email to one person, derived from one ticket event. The unique key
 * (sequence, recipient, template) makes re-processing an event harmless.
 * Bodies are dropped once sent: a survey email carries a one-time secret
 * that must not stay readable in the database.
 */
@Entity({ name: 'mail_message' })
@Index(['sequence', 'recipient', 'template'], { unique: true })
@Index(['status', 'nextAttemptAt'])
export class MailMessage {
  @PrimaryGeneratedColumn()
  id: number;

  /** The ticket event the message comes from. */
  @Column({ type: 'bigint', transformer: bigintAsString })
  sequence: string;

  @Column({ type: 'int' })
  ticketId: number;

  @Column({ type: 'int', nullable: true })
  recipientUserId: number | null;

  /** Address as it was when the message was queued. */
  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  /** Which template rendered it, e.g. `acknowledgement`. */
  @Column({ type: 'varchar', length: 40 })
  template: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  @Column({ type: 'varchar', length: 400 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  textBody: string | null;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: MailStatus;

  /** Attempts made so far. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateTimeColumn()
  nextAttemptAt: Date;

  /** When the current SENDING attempt started. */
  @DateTimeColumn({ nullable: true })
  lockedAt: Date | null;

  /** The transport's last refusal, without the message. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn({ nullable: true })
  sentAt: Date | null;
}

/** The stable Message-ID of a queued message: a re-send after a crash carries the same one. */
export function messageIdOf(message: Pick<MailMessage, 'id'>): string {
  return `<mail-${message.id}@support-console>`;
}
