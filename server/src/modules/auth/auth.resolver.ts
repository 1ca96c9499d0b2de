import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../core/errors/domain-error';
import { Organisation } from '../organisation/organisation.entity';
import { ApiToken } from './api-token.entity';
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
    const account = `login:${email.trim().toLowerCase()}`;
    const lockedOut = 'Too many failed logins for this account; try again later.';
    const { loginFailuresPerAccount, loginsPerAddress } = ctx.rateLimits;
    const busy = 'Too many logins from your address; try again later.';
    ctx.limiter.hit(`login:address:${ctx.clientAddress}`, loginsPerAddress, busy);
    ctx.limiter.check(account, loginFailuresPerAccount, lockedOut);
    const session = await ctx.auth.login(email, password).catch((error: unknown) => {
      ctx.limiter.hit(account, loginFailuresPerAccount, lockedOut);
      throw error;
    });
    ctx.limiter.reset(account);
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
      scopes: input.scopes ?? null,
    });
    return { token: secret, apiToken: token };
  }

  @Query(() => [ApiToken], { description: 'Your API tokens; admins see every token.' })
  @Access(AUTHENTICATED)
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return ctx.auth.listApiTokens(ctx.viewer!);
  }

  @Mutation(() => ApiToken, {
    description: 'Revokes a token at once; its open live connections are closed.',
  })
  @Access(AUTHENTICATED)
  revokeApiToken(
    @Arg('id', () => ID, { description: 'The token.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiToken> {
    if (!/^\d+$/.test(id)) throw badInput('id', 'Expected a token id.');
    return ctx.auth.revokeApiToken(ctx.viewer!, Number(id));
  }
}

/** Who made a token and for which organisation. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who created it.' })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.user.load(token.createdById);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation of a read-only organisation token.',
  })
  organisation(
    @Root() token: ApiToken,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation | null> | null {
    return token.organisationId === null
      ? null
      : ctx.loaders.organisation.load(token.organisationId);
  }
}
