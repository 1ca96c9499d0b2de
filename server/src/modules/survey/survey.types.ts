import { Field, Int, ObjectType } from 'type-graphql';
import { Locale } from '@support/shared';

/** What the public survey page may know about its ticket: nothing more. */
@ObjectType({ description: 'A satisfaction survey, as its one-time link shows it (no login).' })
export class SurveyInvitation {
  @Field({ description: 'Number of the closed ticket, e.g. CS-000123.' })
  ticketNumber: string;

  @Field({ description: 'Title of the closed ticket.' })
  ticketTitle: string;

  @Field(() => Locale, { description: "The requester's language, for the page." })
  locale: Locale;

  @Field({ description: 'True once the survey was answered: the link is spent.' })
  answered: boolean;

  @Field({ description: 'True when the link is past its 30 days.' })
  expired: boolean;
}

/** A requester's rating of a closed ticket. */
@ObjectType({ description: 'Customer satisfaction with a closed ticket (agents only).' })
export class Satisfaction {
  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent).' })
  rating: number;

  @Field(() => String, { nullable: true, description: "The requester's comment, if any." })
  comment: string | null;

  @Field({ description: 'When the survey was answered.' })
  submittedAt: Date;
}
