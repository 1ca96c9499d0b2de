import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access, AUTHENTICATED, PUBLIC } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { User } from '../user/user.entity';
import { ApiTokenSecret, CreateApiTokenInput, LoginArgs } from './auth.inputs';

/** Logging in and out, and API tokens. */
@Resolver()
export class AuthResolver {
  @Mutation(() => User, { description: 'Checks the password and sets the session cookie.' })
  @Access(PUBLIC)
  async login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<User> {
    const session = await ctx.auth.login(email, password);
    ctx.cookies?.setSession(session.secret, session.expiresAt);
    ctx.logger.info({ category: 'auth', userId: session.user.id }, 'logged in');
    return session.user;
  }

  @Mutation(() => Boolean, { description: 'Ends the browser session. True when one ended.' })
  @Access(PUBLIC)
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.cookies?.clearSession();
    if (!ctx.sessionSecret) return false;
    await ctx.auth.logout(ctx.sessionSecret);
    return true;
  }

  @Mutation(() => ApiTokenSecret, {
    description:
      'Creates a personal token acting as you, or (admins, with organisationId) a read-only organisation token.',
  })
  @Access(AUTHENTICATED)
  async createApiToken(
    @Arg('input') input: CreateApiTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiTokenSecret> {
    const { token, secret } = await ctx.auth.createApiToken(ctx.viewer!, {
      name: input.name,
      organisationId: input.organisationId ? Number(input.organisationId) : null,
      expiresAt: input.expiresAt ?? null,
    });
    return { token: secret, apiToken: token };
  }
}
