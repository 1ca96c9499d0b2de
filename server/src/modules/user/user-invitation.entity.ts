import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** A one-time link that lets an invited user choose a password. */
@Entity({ name: 'user_invitation' })
export class UserInvitation {
  /** SHA-256 of the link's secret, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'int' })
  userId: number;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;
}
