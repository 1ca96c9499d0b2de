import type { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RateLimit } from './rate-limiter';

/**
 * Limits of the API, the same on HTTP and WebSocket. SECURITY.md explains
 * each one and how to change it.
 */
export const OPERATION_LIMITS = {
  /** Deepest selection accepted (the console's own pages need 7). */
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  /** Lexical tokens per document: stops huge documents before validation. */
  maxTokens: 3000,
  /** GraphQL Armor's cost: objects 2, scalars 1, x1.5 per level. */
  maxCost: 20_000,
  /** Request bodies over HTTP. */
  maxBodyBytes: 1024 * 1024,
  /** One WebSocket message. */
  maxWsMessageBytes: 256 * 1024,
} as const;

/** The configuration GraphQL Armor accepts. */
export type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** GraphQL Armor settings built from OPERATION_LIMITS. */
export function armorConfig(production: boolean): ArmorConfig {
  return {
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // Token counting happens in the parser itself (Apollo's parseOptions and
    // graphql-ws's parse), so both doors report GRAPHQL_PARSE_FAILED alike.
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  };
}

/** Budgets per account and per address; each window is fixed. */
export interface RateLimitPolicy {
  /** Failed logins per account (email) in 15 minutes, then locked out. */
  loginFailuresPerAccount: RateLimit;
  /** Login attempts per address in 15 minutes. */
  loginsPerAddress: RateLimit;
  /** Mutations (each root field counts) per account per minute. */
  mutationsPerAccount: RateLimit;
  /** Mutations per address per minute. */
  mutationsPerAddress: RateLimit;
}

const MINUTE = 60_000;

/** Budgets with these maximum counts (environment overrides), in the fixed windows. */
export function rateLimitPolicy(counts: {
  loginFailuresPerAccount: number;
  loginsPerAddress: number;
  mutationsPerAccount: number;
  mutationsPerAddress: number;
}): RateLimitPolicy {
  return {
    loginFailuresPerAccount: { limit: counts.loginFailuresPerAccount, windowMs: 15 * MINUTE },
    loginsPerAddress: { limit: counts.loginsPerAddress, windowMs: 15 * MINUTE },
    mutationsPerAccount: { limit: counts.mutationsPerAccount, windowMs: MINUTE },
    mutationsPerAddress: { limit: counts.mutationsPerAddress, windowMs: MINUTE },
  };
}
