import { IsNull } from 'typeorm';
import { ApiTokenScope, Role } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden, notFound, unauthenticated } from '../../core/errors/domain-error';
import type { LiveConnections } from '../../core/realtime/live-connections';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { ApiToken } from './api-token.entity';
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from './password';
import { hashSecret, newSecret } from './secret';
import { Session } from './session.entity';
import { userViewer, type Viewer } from './viewer';

/** Prefix of API token secrets, so leaked ones are easy to recognise. */
export const API_TOKEN_PREFIX = 'sct_';

/** lastUsedAt is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Credentials found on a request or WebSocket connection. */
export interface Credentials {
  sessionSecret?: string;
  bearerToken?: string;
}

/** A new session: the cookie carries `secret`. */
export interface NewSession {
  user: User;
  secret: string;
  expiresAt: Date;
}

/** What createApiToken asks for. */
export interface ApiTokenRequest {
  name: string;
  organisationId?: number | null;
  expiresAt?: Date | null;
  scopes?: readonly ApiTokenScope[] | null;
}

/** Logins, sessions and API tokens. Stores only hashes of secrets. */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
    private readonly connections: LiveConnections,
  ) {}

  /** Checks the password and opens a session; the same error for any mismatch. */
  async login(email: string, password: string): Promise<NewSession> {
    const user = await this.db.reader.findOneBy(User, { email: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
    if (!user || !valid || !user.active) throw unauthenticated('Wrong email or password.');
    return this.openSession(user);
  }

  /** Opens a session for a user whose identity is already proven. */
  async openSession(user: User): Promise<NewSession> {
    const secret = newSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.db.transaction((manager) =>
      manager.insert(Session, {
        tokenHash: hashSecret(secret),
        userId: user.id,
        createdAt: now,
        expiresAt,
      }),
    );
    return { user, secret, expiresAt };
  }

  /** Ends the session of this cookie secret and its live connections. */
  async logout(sessionSecret: string): Promise<void> {
    const sessionHash = hashSecret(sessionSecret);
    await this.db.transaction((manager) => manager.delete(Session, { tokenHash: sessionHash }));
    this.connections.close({ sessionHash }, 'logged out');
  }

  /** The viewer of these credentials, or null when none is valid. Bearer wins. */
  async authenticate(credentials: Credentials): Promise<Viewer | null> {
    if (credentials.bearerToken) return this.fromToken(credentials.bearerToken);
    if (credentials.sessionSecret) return this.fromSession(credentials.sessionSecret);
    return null;
  }

  private async fromSession(secret: string): Promise<Viewer | null> {
    const sessionHash = hashSecret(secret);
    const session = await this.db.reader.findOneBy(Session, { tokenHash: sessionHash });
    if (!session || session.expiresAt <= this.clock.now()) return null;
    const user = await this.db.reader.findOneBy(User, { id: session.userId });
    if (!user?.active) return null;
    return userViewer(user, 'session', session.expiresAt, { sessionHash });
  }

  private async fromToken(secret: string): Promise<Viewer | null> {
    const token = await this.db.reader.findOneBy(ApiToken, {
      tokenHash: hashSecret(secret),
      revokedAt: IsNull(),
    });
    const now = this.clock.now();
    if (!token || (token.expiresAt && token.expiresAt <= now)) return null;
    const creator = await this.db.reader.findOneBy(User, { id: token.createdById });
    if (!creator?.active) return null;
    await this.touch(token, now);
    const credential = { tokenId: token.id, scopes: token.scopes };
    if (token.organisationId === null) {
      return userViewer(creator, 'token', token.expiresAt, credential);
    }
    return {
      user: null,
      role: Role.CUSTOMER,
      organisationId: token.organisationId,
      readOnly: true,
      via: 'token',
      expiresAt: token.expiresAt,
      scopes: token.scopes,
      tokenId: token.id,
      sessionHash: null,
    };
  }

  private async touch(token: ApiToken, now: Date): Promise<void> {
    const last = token.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    await this.db.transaction((manager) =>
      manager.update(ApiToken, { id: token.id }, { lastUsedAt: now }),
    );
  }

  /**
   * Creates a token and returns its secret, which is never shown again.
   * Without an organisation it is personal (all scopes by default); with one
   * it is a read-only organisation token, which only admins may create.
   */
  async createApiToken(
    viewer: Viewer,
    request: ApiTokenRequest,
  ): Promise<{ token: ApiToken; secret: string }> {
    if (!viewer.user || viewer.via !== 'session') {
      throw forbidden('API tokens are created from a logged-in session.');
    }
    const organisationId = request.organisationId ?? null;
    if (organisationId !== null && viewer.role !== Role.ADMIN) {
      throw forbidden('Only admins create organisation tokens.');
    }
    const allowed =
      organisationId === null
        ? Object.values(ApiTokenScope)
        : [ApiTokenScope.READ, ApiTokenScope.SUBSCRIBE];
    const scopes = [...new Set(request.scopes ?? allowed)];
    if (scopes.length === 0) throw badInput('scopes', 'A token needs at least one scope.');
    if (organisationId !== null && scopes.includes(ApiTokenScope.WRITE)) {
      throw badInput('scopes', 'Organisation tokens are read-only: READ and SUBSCRIBE only.');
    }
    const now = this.clock.now();
    if (request.expiresAt && request.expiresAt <= now) {
      throw badInput('expiresAt', 'The expiry must be in the future.');
    }
    const secret = newSecret(API_TOKEN_PREFIX);
    const creatorId = viewer.user.id;
    const token = await this.db.transaction(async (manager) => {
      if (
        organisationId !== null &&
        !(await manager.existsBy(Organisation, { id: organisationId }))
      ) {
        throw badInput('organisationId', 'No such organisation.');
      }
      return manager.save(
        manager.create(ApiToken, {
          name: request.name.trim(),
          tokenHash: hashSecret(secret),
          createdById: creatorId,
          organisationId,
          readOnly: organisationId !== null,
          createdAt: now,
          expiresAt: request.expiresAt ?? null,
          revokedAt: null,
          lastUsedAt: null,
          scopes:
            organisationId === null ? scopes : scopes.filter((s) => s !== ApiTokenScope.WRITE),
        }),
      );
    });
    return { token, secret };
  }

  /** Tokens the viewer may see: an admin's are all; anyone else's are their own. */
  listApiTokens(viewer: Viewer): Promise<ApiToken[]> {
    const where = viewer.role === Role.ADMIN ? {} : { createdById: viewer.user?.id ?? -1 };
    return this.db.reader.find(ApiToken, { where, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Revokes a token (own, or any for admins) and ends its live connections. */
  async revokeApiToken(viewer: Viewer, id: number): Promise<ApiToken> {
    const token = await this.db.transaction(async (manager) => {
      const found = await manager.findOneBy(ApiToken, { id });
      const mine = found?.createdById === viewer.user?.id;
      if (!found || (!mine && viewer.role !== Role.ADMIN)) throw notFound(`No API token ${id}.`);
      if (!found.revokedAt) {
        found.revokedAt = this.clock.now();
        await manager.save(found);
      }
      return found;
    });
    this.connections.close({ tokenId: token.id }, 'token revoked');
    return token;
  }

  /** Hashes a password for a new or changed account. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }
}
