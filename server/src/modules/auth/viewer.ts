import { isAgentRole, type ApiTokenScope, type Role } from '@support/shared';
import type { User } from '../user/user.entity';

/**
 * Who is calling, as every resolver and the data layer see it. A session or
 * personal token acts as its user; an organisation token reads one
 * organisation's tickets as a customer would, and never writes.
 */
export interface Viewer {
  /** The acting user; null for organisation tokens. */
  user: User | null;
  role: Role;
  /** Organisation whose tickets a customer (or organisation token) sees. */
  organisationId: number | null;
  /** True for read-only organisation tokens. */
  readOnly: boolean;
  /** How the caller authenticated. */
  via: 'session' | 'token';
  /** After this instant the credential is no longer valid; null for never. */
  expiresAt: Date | null;
  /** Token scopes; null for sessions (everything the role allows). */
  scopes: readonly ApiTokenScope[] | null;
  /** The API token's id, when authenticated by one. */
  tokenId: number | null;
  /** Hash of the session secret, when authenticated by a session. */
  sessionHash: string | null;
}

/** True for vendor staff. */
export function isAgent(viewer: Viewer): boolean {
  return isAgentRole(viewer.role);
}

/** The user id of the acting person, or null for organisation tokens. */
export function actorId(viewer: Viewer): number | null {
  return viewer.user?.id ?? null;
}

/** A viewer acting as the given user through a session (or, with `token`, an API token). */
export function userViewer(
  user: User,
  via: Viewer['via'],
  expiresAt: Date | null,
  credential: { sessionHash?: string; tokenId?: number; scopes?: readonly ApiTokenScope[] } = {},
): Viewer {
  return {
    user,
    role: user.role,
    organisationId: user.organisationId,
    readOnly: false,
    via,
    expiresAt,
    scopes: credential.scopes ?? null,
    tokenId: credential.tokenId ?? null,
    sessionHash: credential.sessionHash ?? null,
  };
}
