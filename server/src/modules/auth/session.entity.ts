import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** A browser session; the cookie holds the secret, the row only its hash. */
@Entity({ name: 'session' })
export class Session {
  /** SHA-256 of the cookie secret, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'int' })
  userId: number;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  expiresAt: Date;
}
