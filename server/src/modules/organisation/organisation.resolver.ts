import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AGENT_ROLES, Role } from '@support/shared';
import { Access, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation } from './organisation.entity';

/** Organisations: listed for agents' filters, managed by admins. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'All customer organisations (agents).' })
  @Access(roles(...AGENT_ROLES))
  organisations(@Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return ctx.db.reader.find(Organisation, { order: { name: 'ASC' } });
  }

  @Mutation(() => Organisation, { description: 'Creates a customer organisation (admins).' })
  @Access(roles(Role.ADMIN))
  createOrganisation(
    @Arg('input') input: CreateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return ctx.organisations.create(input);
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation (admins).' })
  @Access(roles(Role.ADMIN))
  updateOrganisation(
    @Arg('input') input: UpdateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return ctx.organisations.update(input);
  }
}
