import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApiTokenScope } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A bearer token for scripts and third-party systems. Personal tokens act
 * as their user; organisation tokens read one organisation's tickets only.
 */
@ObjectType({ description: 'An API token (its secret is shown once, at creation).' })
@Entity({ name: 'api_token' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'What the token is for, chosen by its creator.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the secret, hex. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** Who created it; a personal token acts as this user. */
  @Column({ type: 'int' })
  createdById: number;

  /** Set for read-only organisation tokens. */
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @Field({ description: 'True for read-only organisation tokens of third-party systems.' })
  @Column({ type: 'boolean' })
  readOnly: boolean;

  @Field({ description: 'When it was created.' })
  @DateTimeColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'After this instant the token is refused.' })
  @DateTimeColumn({ nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, if it was.' })
  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute).' })
  @DateTimeColumn({ nullable: true })
  lastUsedAt: Date | null;

  @Field(() => [ApiTokenScope], { description: 'What the token may do.' })
  @Column({ type: 'simple-array' })
  scopes: ApiTokenScope[];
}
