import { IsNull } from 'typeorm';
import { Role } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden, unauthenticated } from '../../core/errors/domain-error';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { ApiToken } from './api-token.entity';
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from './password';
import { hashSecret, newSecret } from './secret';
import { Session } from './session.entity';
import { userViewer, type Viewer } from './viewer';

/** Prefix of API token secrets, so leaked ones are easy to recognise. */
export const API_TOKEN_PREFIX = 'sct_';

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
}

/** Logins, sessions and API tokens. Stores only hashes of secrets. */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
  ) {}

  /** Checks the password and opens a session; the same error for any mismatch. */
  async login(email: string, password: string): Promise<NewSession> {
    const user = await this.db.reader.findOneBy(User, { email: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
    if (!user || !valid || !user.active) throw unauthenticated('Wrong email or password.');
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

  /** Ends the session of this cookie secret; nothing happens for an unknown one. */
  async logout(sessionSecret: string): Promise<void> {
    await this.db.transaction((manager) =>
      manager.delete(Session, { tokenHash: hashSecret(sessionSecret) }),
    );
  }

  /** The viewer of these credentials, or null when none is valid. Bearer wins. */
  async authenticate(credentials: Credentials): Promise<Viewer | null> {
    if (credentials.bearerToken) return this.fromToken(credentials.bearerToken);
    if (credentials.sessionSecret) return this.fromSession(credentials.sessionSecret);
    return null;
  }

  private async fromSession(secret: string): Promise<Viewer | null> {
    const session = await this.db.reader.findOneBy(Session, { tokenHash: hashSecret(secret) });
    if (!session || session.expiresAt <= this.clock.now()) return null;
    const user = await this.db.reader.findOneBy(User, { id: session.userId });
    return user?.active ? userViewer(user, 'session', session.expiresAt) : null;
  }

  private async fromToken(secret: string): Promise<Viewer | null> {
    const token = await this.db.reader.findOneBy(ApiToken, {
      tokenHash: hashSecret(secret),
      revokedAt: IsNull(),
    });
    if (!token || (token.expiresAt && token.expiresAt <= this.clock.now())) return null;
    const creator = await this.db.reader.findOneBy(User, { id: token.createdById });
    if (!creator?.active) return null;
    if (token.organisationId === null) return userViewer(creator, 'token', token.expiresAt);
    return {
      user: null,
      role: Role.CUSTOMER,
      organisationId: token.organisationId,
      readOnly: true,
      via: 'token',
      expiresAt: token.expiresAt,
    };
  }

  /**
   * Creates a token and returns its secret, which is never shown again.
   * Without an organisation it is personal; with one it is a read-only
   * organisation token, which only admins may create.
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
        }),
      );
    });
    return { token, secret };
  }

  /** Hashes a password for a new or changed account. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }
}
