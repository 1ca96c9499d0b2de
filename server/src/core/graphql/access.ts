import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { ApiTokenScope, type Role } from '@support/shared';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { Viewer } from '../../modules/auth/viewer';
import type { RequestContext } from './context';

/**
 * Who may call a root field. Every Query, Mutation and Subscription field
 * declares one with `@Access(...)`; a field without one is refused, and a
 * test walks the schema to keep it so.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

const EXTENSION = 'access';

/** The API token scope each kind of operation needs. */
const SCOPE_OF = {
  query: ApiTokenScope.READ,
  mutation: ApiTokenScope.WRITE,
  subscription: ApiTokenScope.SUBSCRIBE,
} as const;

/** Declares the access rule of a root field. */
export function Access(rule: AccessRule): MethodDecorator {
  return Extensions({ [EXTENSION]: rule }) as MethodDecorator;
}

/** Anyone, logged in or not (login, logout). */
export const PUBLIC: AccessRule = { kind: 'public' };
/** Any valid session or token. */
export const AUTHENTICATED: AccessRule = { kind: 'authenticated' };
/** Only these roles. */
export function roles(...allowed: Role[]): AccessRule {
  return { kind: 'roles', roles: allowed };
}

/** The rule declared on the field being resolved, if any. */
export function ruleOf(info: GraphQLResolveInfo): AccessRule | undefined {
  const field = info.parentType.getFields()[info.fieldName];
  return field?.extensions?.[EXTENSION] as AccessRule | undefined;
}

/**
 * Throws UNAUTHENTICATED when a rule needs a viewer and there is none (or it
 * expired), FORBIDDEN when the viewer may not. Read-only tokens never write.
 */
export function enforceAccess(
  rule: AccessRule | undefined,
  viewer: Viewer | null,
  operation: 'query' | 'mutation' | 'subscription',
  now: Date,
): void {
  if (!rule) throw forbidden('This field declares no access rule.');
  if (rule.kind === 'public') return;
  if (!viewer || (viewer.expiresAt && viewer.expiresAt <= now)) throw unauthenticated();
  if (operation === 'mutation' && viewer.readOnly) {
    throw forbidden('This token is read-only.');
  }
  const scope = SCOPE_OF[operation];
  if (viewer.scopes && !viewer.scopes.includes(scope)) {
    throw forbidden(`This token lacks the ${scope} scope.`);
  }
  if (rule.kind === 'roles' && !rule.roles.includes(viewer.role)) throw forbidden();
}

function isRootField(info: GraphQLResolveInfo): boolean {
  const schema = info.schema;
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return isObjectType(info.parentType) && roots.includes(info.parentType);
}

/**
 * Counts a mutation against the caller's budgets. Each root field counts,
 * so aliases and batched operations cannot slip past the limit.
 */
function countMutation(context: RequestContext): void {
  const viewer = context.viewer;
  const account = viewer?.tokenId
    ? `token:${viewer.tokenId}`
    : viewer?.user
      ? `user:${viewer.user.id}`
      : null;
  const message = 'Too many changes in a short time; wait a moment and try again.';
  const { mutationsPerAccount, mutationsPerAddress } = context.rateLimits;
  if (account) context.limiter.hit(`mutation:${account}`, mutationsPerAccount, message);
  context.limiter.hit(`mutation:address:${context.clientAddress}`, mutationsPerAddress, message);
}

/** The one guard: runs before every root field resolver, HTTP and WebSocket alike. */
export const accessGuard: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  if (isRootField(info)) {
    enforceAccess(ruleOf(info), context.viewer, info.operation.operation, context.clock.now());
    if (info.operation.operation === 'mutation') countMutation(context);
  }
  return next();
};
