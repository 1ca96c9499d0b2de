import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Locale, Role } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/** A person who logs in: a customer user or a member of the vendor's staff. */
@ObjectType({ description: 'A person using the console.' })
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Lower-cased; exposed by a field resolver that hides it from other organisations. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field({ description: 'Display name.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Role, { description: 'What the person is to support.' })
  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** Set for customers only. */
  @Index()
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @Field(() => Locale, { description: 'Interface and email language.' })
  @Column({ type: 'varchar', length: 8 })
  locale: Locale;

  @Field({ description: 'IANA time zone for dates and times.' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** scrypt hash with its salt and parameters; never leaves the server. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field({ description: 'False once an admin deactivated the account.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @DateTimeColumn()
  createdAt: Date;
}
