import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access, AUTHENTICATED } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { KnowledgeQueries } from '../knowledge/knowledge-queries';
import { IdeaQueries } from '../ideas/idea-queries';
import { SearchResults } from './search-results.types';
import { SearchInput, SearchTicketsInput } from './search.inputs';
import { TicketSearchHit } from './search.types';
import { searchTickets } from './ticket-search';

/**
 * The search box: Japanese-aware full-text search of tickets, articles and
 * ideas. Tickets are read through the viewer's TicketQueries (customers:
 * their organisation only), articles through KnowledgeQueries (customers:
 * published only).
 */
@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      "Searches tickets, articles and ideas at once (agents' search box); each list best first.",
  })
  @Access(AUTHENTICATED)
  async search(
    @Arg('input') input: SearchInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchResults> {
    const now = ctx.clock.now();
    const [tickets, articles, ideas] = await Promise.all([
      searchTickets(ctx.tickets, input.text, { first: input.first }, now),
      new KnowledgeQueries(ctx.db, ctx.viewer).search(input.text, { first: input.first }, now),
      new IdeaQueries(ctx.db, ctx.viewer).search(input.text, input.first, now),
    ]);
    return { tickets, articles, ideas };
  }

  @Query(() => [TicketSearchHit], {
    description:
      'Tickets you may see that contain all of the text (title, description, document IDs), best first.',
  })
  @Access(AUTHENTICATED)
  searchTickets(
    @Arg('input') input: SearchTicketsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TicketSearchHit[]> {
    return searchTickets(
      ctx.tickets,
      input.text,
      { first: input.first, openOnly: input.open === true },
      ctx.clock.now(),
    );
  }
}
