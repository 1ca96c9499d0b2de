import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@support/shared';
import { Access, AUTHENTICATED, PUBLIC, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { User } from './user.entity';
import {
  AcceptInvitationInput,
  InviteUserInput,
  UpdatePreferencesInput,
  UpdateUserInput,
  UserInvitationLink,
} from './user.inputs';

/** Preferences, and user management for admins. */
@Resolver(() => User)
export class UserAdminResolver {
  @Mutation(() => User, { description: 'Changes your own language and time zone.' })
  @Access(AUTHENTICATED)
  updateMyPreferences(
    @Arg('input') input: UpdatePreferencesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return ctx.users.updatePreferences(ctx.viewer!, input);
  }

  @Query(() => [User], { description: 'Every user, agents first (admins).' })
  @Access(roles(Role.ADMIN))
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.db.reader.find(User, { order: { organisationId: 'ASC', name: 'ASC' } });
  }

  @Mutation(() => UserInvitationLink, {
    description: 'Creates a user and a one-time link to choose a password (admins).',
  })
  @Access(roles(Role.ADMIN))
  async inviteUser(
    @Arg('input') input: InviteUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserInvitationLink> {
    const { user, secret, expiresAt } = await ctx.users.invite(input);
    return { user, invitationPath: `/invitation/${secret}`, expiresAt };
  }

  @Mutation(() => User, {
    description: 'Chooses the password of an invited account once, and logs in.',
  })
  @Access(PUBLIC)
  async acceptInvitation(
    @Arg('input') input: AcceptInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    const session = await ctx.users.acceptInvitation(input);
    ctx.cookies?.setSession(session.secret, session.expiresAt);
    return session.user;
  }

  @Mutation(() => User, {
    description: 'Changes a user (admins); deactivation ends their sessions and live connections.',
  })
  @Access(roles(Role.ADMIN))
  updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.users.update(ctx.viewer!, input);
  }
}
