import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Ticket } from '../ticket/ticket.entity';
import { SearchField } from './search-field';

registerEnumType(SearchField, {
  name: 'SearchField',
  description: 'The field of a search hit that a highlight lies in.',
});

/** A range of a text, in UTF-16 code units (JavaScript string indices). */
@ObjectType({ description: 'A range of a text in UTF-16 code units, end exclusive.' })
export class TextRange {
  @Field(() => Int, { description: 'First code unit of the range.' })
  start: number;

  @Field(() => Int, { description: 'Code unit just after the range.' })
  end: number;
}

/** Where the query occurs in a field of a hit. */
@ObjectType({ description: 'Where the query occurs in a field of a search hit.' })
export class SearchHighlight extends TextRange {
  @Field(() => SearchField, { description: 'The field, as the API returns its text.' })
  field: SearchField;

  @Field(() => Int, { description: 'Entry of a list field (document IDs); 0 otherwise.' })
  item: number;
}

/** An excerpt of the body around the first match. */
@ObjectType({ description: 'About 160 characters of plain text around the first match.' })
export class SearchSnippet {
  @Field({ description: 'The excerpt; an ellipsis marks text left out.' })
  text: string;

  @Field(() => [TextRange], { description: 'Matches within the excerpt.' })
  highlights: TextRange[];
}

/** A ticket found by search. */
@ObjectType({ description: 'A ticket found by search, with where the query occurs.' })
export class TicketSearchHit {
  @Field(() => Ticket, { description: 'The ticket.' })
  ticket: Ticket;

  @Field(() => Float, { description: 'Relevance between 0 and 1; hits come best first.' })
  score: number;

  @Field(() => [SearchHighlight], {
    description: 'Matches in the title, description and document IDs.',
  })
  highlights: SearchHighlight[];

  @Field(() => SearchSnippet, { description: 'Excerpt of the description around the first match.' })
  snippet: SearchSnippet;
}
