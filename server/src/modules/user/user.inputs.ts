import { IsBoolean, IsEmail, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LIMITS, Locale, Role } from '@support/shared';
import { User } from './user.entity';

@InputType({ description: "The caller's own interface preferences." })
export class UpdatePreferencesInput {
  @Field(() => Locale, { nullable: true, description: 'Interface and email language.' })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;
}

@InputType({ description: 'A person to invite; they choose a password through a one-time link.' })
export class InviteUserInput {
  @Field({ description: 'Email address; also the login.' })
  @IsEmail({}, { message: 'Expected an email address.' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Display name.' })
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => Role, { description: 'Role; CUSTOMER needs an organisation.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Organisation of a customer user.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected an organisation id.' })
  organisationId?: string | null;

  @Field(() => Locale, { nullable: true, description: "Language; default the organisation's." })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => String, { nullable: true, description: "Time zone; default the organisation's." })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;
}

@InputType({ description: 'Changes to a user (admins).' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  @Matches(/^\d+$/, { message: 'Expected a user id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Display name.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => Role, { nullable: true, description: 'New role.' })
  @IsOptional()
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'New organisation (customers).' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected an organisation id.' })
  organisationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False deactivates: sessions and live connections end at once.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({ description: 'Accepts an invitation by choosing a password.' })
export class AcceptInvitationInput {
  @Field({ description: 'The secret from the invitation link.' })
  @MaxLength(100)
  token: string;

  @Field({ description: 'The new password (at least 10 characters).' })
  @MinLength(10, { message: 'The password needs at least 10 characters.' })
  @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@ObjectType({ description: 'A new user and their one-time invitation link.' })
export class UserInvitationLink {
  @Field(() => User, { description: 'The invited user.' })
  user: User;

  @Field({ description: 'Path of the one-time link (append to the console URL); valid 7 days.' })
  invitationPath: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;
}
