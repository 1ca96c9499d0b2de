import { Field, ObjectType } from 'type-graphql';
import { ArticleSearchHit } from '../knowledge/knowledge.types';
import { IdeaSearchHit } from '../ideas/idea.types';
import { TicketSearchHit } from './search.types';

/** What one search box finds, per kind of document. */
@ObjectType({ description: 'Tickets, articles and ideas matching a search, each best first.' })
export class SearchResults {
  @Field(() => [TicketSearchHit], {
    description: 'Tickets you may see that contain all of the text.',
  })
  tickets: TicketSearchHit[];

  @Field(() => [ArticleSearchHit], {
    description: 'Articles you may read that contain all of the text.',
  })
  articles: ArticleSearchHit[];

  @Field(() => [IdeaSearchHit], { description: 'Ideas that contain all of the text.' })
  ideas: IdeaSearchHit[];
}
