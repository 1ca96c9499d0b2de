import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Locale, SupportPlan } from '@support/shared';

@InputType({ description: 'A new customer organisation.' })
export class CreateOrganisationInput {
  @Field({ description: 'Display name, unique.' })
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => SupportPlan, { description: 'Support plan.' })
  plan: SupportPlan;

  @Field({ description: 'IANA time zone of its business hours.' })
  @MaxLength(64)
  timeZone: string;

  @Field(() => Locale, { description: 'Default language of its users and emails.' })
  locale: Locale;
}

@InputType({ description: 'Changes to an organisation; omitted fields stay.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  @Matches(/^\d+$/, { message: 'Expected an organisation id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Display name, unique.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => SupportPlan, { nullable: true, description: 'Support plan.' })
  @IsOptional()
  plan?: SupportPlan | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Default language.' })
  @IsOptional()
  locale?: Locale | null;
}
