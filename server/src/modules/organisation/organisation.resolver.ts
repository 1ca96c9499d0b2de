import { Ctx, Query, Resolver } from 'type-graphql';
import { AGENT_ROLES } from '@support/shared';
import { Access, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { Organisation } from './organisation.entity';

/** Organisations, for agents' filters. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'All customer organisations (agents).' })
  @Access(roles(...AGENT_ROLES))
  organisations(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return ctx.db.reader.find(Organisation, { order: { name: 'ASC' } });
  }
}
