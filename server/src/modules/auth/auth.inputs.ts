import { IsDate, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiTokenScope, LIMITS } from '@support/shared';
import { ApiToken } from './api-token.entity';

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Email address of the account.' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password of the account.' })
  @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  @MinLength(1)
  @MaxLength(LIMITS.apiTokenNameMaxLength)
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Admins: make a read-only token for this organisation. Omit for a personal token.',
  })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected an organisation id.' })
  organisationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => [ApiTokenScope], {
    nullable: true,
    description: 'What it may do; default all (organisation tokens: READ and SUBSCRIBE).',
  })
  @IsOptional()
  scopes?: ApiTokenScope[] | null;
}

@ObjectType({ description: 'A new API token with its secret, shown only this once.' })
export class ApiTokenSecret {
  @Field({ description: 'Send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => ApiToken, { description: 'The stored token.' })
  apiToken: ApiToken;
}
