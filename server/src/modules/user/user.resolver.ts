import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AGENT_ROLES, Role } from '@support/shared';
import { In } from 'typeorm';
import { Access, AUTHENTICATED, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { isAgent } from '../auth/viewer';
import { Organisation } from '../organisation/organisation.entity';
import { User } from './user.entity';

/** The current user, agents for assignment, and user fields with visibility rules. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    nullable: true,
    description: 'The logged-in user; null for organisation tokens.',
  })
  @Access(AUTHENTICATED)
  me(@Ctx() ctx: RequestContext): User | null {
    return ctx.viewer?.user ?? null;
  }

  @Query(() => [User], { description: 'Active agents, e.g. to choose an assignee.' })
  @Access(roles(...AGENT_ROLES))
  agents(@Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.db.reader.find(User, {
      where: { role: In([...AGENT_ROLES]), active: true },
      order: { name: 'ASC' },
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Email; visible to agents, to the user and to colleagues of the same organisation.',
  })
  // Not @PerViewer: role and organisation decide it (your own user is in your organisation).
  email(@Root() user: User, @Ctx() ctx: RequestContext): string | null {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const sameOrganisation =
      user.organisationId !== null && user.organisationId === viewer.organisationId;
    return isAgent(viewer) || viewer.user?.id === user.id || sameOrganisation ? user.email : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Organisation of a customer user.',
  })
  organisation(
    @Root() user: User,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation | null> | null {
    return user.organisationId === null ? null : ctx.loaders.organisation.load(user.organisationId);
  }

  @FieldResolver(() => Boolean, { description: 'True for vendor staff (agent console users).' })
  isAgent(@Root() user: User): boolean {
    return user.role !== Role.CUSTOMER;
  }
}
