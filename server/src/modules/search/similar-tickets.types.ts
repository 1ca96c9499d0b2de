import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Ticket } from '../ticket/ticket.entity';
import { SearchHighlight } from './search.types';

/** Why a ticket looks like the one being typed. */
export enum SimilarityReason {
  /** Much of the title or description occurs in it. */
  SIMILAR_TEXT = 'SIMILAR_TEXT',
  /** It names the same purchase order, invoice or expense report. */
  SAME_DOCUMENT = 'SAME_DOCUMENT',
}
registerEnumType(SimilarityReason, {
  name: 'SimilarityReason',
  description: 'Why a ticket looks like the one being typed.',
});

/** An open ticket of the organisation that may be the same request. */
@ObjectType({ description: 'An open ticket of your organisation that may be the same request.' })
export class SimilarTicket {
  @Field(() => Ticket, { description: 'The ticket; follow it instead of opening a new one.' })
  ticket: Ticket;

  @Field(() => Float, { description: 'Likeness between 0 and 1; suggestions come best first.' })
  score: number;

  @Field(() => [SimilarityReason], { description: 'Why it was suggested.' })
  reasons: SimilarityReason[];

  @Field(() => [String], { description: 'Its document IDs that were also entered.' })
  matchedDocumentIds: string[];

  @Field(() => [SearchHighlight], { description: 'Matches in its title, description and IDs.' })
  highlights: SearchHighlight[];
}
