import { Field, Float, ObjectType } from 'type-graphql';
import { PageInfo } from '../ticket/ticket.types';
import { SearchHighlight, SearchSnippet } from '../search/search.types';
import { IdeaComment } from './idea-comment.entity';
import { IdeaEventKind } from './idea.enums';
import { Idea } from './idea.entity';

@ObjectType({ description: 'An idea in a list.' })
export class IdeaEdge {
  @Field({ description: 'Opaque cursor; pass it as `after` to continue.' })
  cursor: string;

  @Field(() => Idea, { description: 'The idea.' })
  node: Idea;
}

@ObjectType({ description: 'A page of the ideas board.' })
export class IdeaConnection {
  @Field(() => [IdeaEdge], { description: 'The ideas of this page, in order.' })
  edges: IdeaEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

/** A change of an idea, delivered live. */
@ObjectType({ description: 'A change of an idea, delivered live (no replay: refetch on connect).' })
export class IdeaEvent {
  @Field(() => IdeaEventKind, { description: 'What happened.' })
  kind: IdeaEventKind;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field(() => Idea, { description: 'The idea now.' })
  idea: Idea;

  @Field(() => IdeaComment, { nullable: true, description: 'The new comment, for COMMENTED.' })
  comment: IdeaComment | null;
}

/** An idea found by search. */
@ObjectType({ description: 'An idea found by search, with where the query occurs.' })
export class IdeaSearchHit {
  @Field(() => Idea, { description: 'The idea.' })
  idea: Idea;

  @Field(() => Float, { description: 'Relevance between 0 and 1; hits come best first.' })
  score: number;

  @Field(() => [SearchHighlight], { description: 'Matches in the title and description.' })
  highlights: SearchHighlight[];

  @Field(() => SearchSnippet, { description: 'Excerpt of the description around the first match.' })
  snippet: SearchSnippet;
}
