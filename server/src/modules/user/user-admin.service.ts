import { AGENT_ROLES, Locale, Role } from '@support/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, notFound, unauthenticated } from '../../core/errors/domain-error';
import type { LiveConnections } from '../../core/realtime/live-connections';
import type { AuthService, NewSession } from '../auth/auth.service';
import { hashSecret, newSecret } from '../auth/secret';
import { Session } from '../auth/session.entity';
import type { Viewer } from '../auth/viewer';
import { Organisation } from '../organisation/organisation.entity';
import { UNUSABLE_PASSWORD_HASH } from '../auth/password';
import { isTimeZone } from './time-zone';
import { UserInvitation } from './user-invitation.entity';
import type {
  AcceptInvitationInput,
  InviteUserInput,
  UpdatePreferencesInput,
  UpdateUserInput,
} from './user.inputs';
import { User } from './user.entity';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;

/** Users: preferences, and (admins) invitations, role and organisation changes, deactivation. */
export class UserAdminService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly connections: LiveConnections,
  ) {}

  /** Changes the caller's own language and time zone. */
  async updatePreferences(viewer: Viewer, input: UpdatePreferencesInput): Promise<User> {
    const user = viewer.user;
    if (!user) throw unauthenticated();
    if (input.timeZone && !isTimeZone(input.timeZone)) {
      throw badInput('timeZone', `Unknown time zone ${input.timeZone}.`);
    }
    return this.db.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(User, { id: user.id });
      if (input.locale) current.locale = input.locale;
      if (input.timeZone) current.timeZone = input.timeZone;
      return manager.save(current);
    });
  }

  /** Creates a user without a usable password and a one-time link to choose one. */
  async invite(input: InviteUserInput): Promise<{ user: User; secret: string; expiresAt: Date }> {
    const email = input.email.trim().toLowerCase();
    const secret = newSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const user = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(User, { email })) {
        throw badInput('email', 'A user with this email exists already.');
      }
      const organisation = await this.organisationFor(manager, input.role, input.organisationId);
      if (input.timeZone && !isTimeZone(input.timeZone)) {
        throw badInput('timeZone', `Unknown time zone ${input.timeZone}.`);
      }
      const saved = await manager.save(
        manager.create(User, {
          email,
          name: input.name.trim(),
          role: input.role,
          organisationId: organisation?.id ?? null,
          locale: input.locale ?? organisation?.locale ?? Locale.EN,
          timeZone: input.timeZone ?? organisation?.timeZone ?? 'Asia/Tokyo',
          passwordHash: UNUSABLE_PASSWORD_HASH,
          active: true,
          createdAt: now,
        }),
      );
      await manager.insert(UserInvitation, {
        tokenHash: hashSecret(secret),
        userId: saved.id,
        createdAt: now,
        expiresAt,
        usedAt: null,
      });
      return saved;
    });
    return { user, secret, expiresAt };
  }

  /** Sets the password of an invited user once and logs them in. */
  async acceptInvitation(input: AcceptInvitationInput): Promise<NewSession> {
    const hash = await this.auth.hashPassword(input.password);
    const user = await this.db.transaction(async (manager) => {
      const invitation = await manager.findOneBy(UserInvitation, {
        tokenHash: hashSecret(input.token),
      });
      if (!invitation || invitation.usedAt || invitation.expiresAt <= this.clock.now()) {
        throw badInput('token', 'This invitation link is not valid (used or expired).');
      }
      invitation.usedAt = this.clock.now();
      await manager.save(invitation);
      const invited = await manager.findOneByOrFail(User, { id: invitation.userId });
      if (!invited.active) throw badInput('token', 'This account is deactivated.');
      invited.passwordHash = hash;
      return manager.save(invited);
    });
    return this.auth.openSession(user);
  }

  /** Changes name, role, organisation or activity; deactivation ends sessions and connections. */
  async update(viewer: Viewer, input: UpdateUserInput): Promise<User> {
    const id = Number(input.id);
    const user = await this.db.transaction(async (manager) => {
      const current = await manager.findOneBy(User, { id });
      if (!current) throw notFound(`No user ${input.id}.`);
      if (
        id === viewer.user?.id &&
        (input.active === false || (input.role && input.role !== current.role))
      ) {
        throw badInput('id', 'Admins cannot deactivate themselves or change their own role.');
      }
      const role = input.role ?? current.role;
      const organisationId =
        input.organisationId !== undefined && input.organisationId !== null
          ? input.organisationId
          : current.organisationId === null
            ? null
            : String(current.organisationId);
      const organisation = await this.organisationFor(manager, role, organisationId);
      if (input.name) current.name = input.name.trim();
      current.role = role;
      current.organisationId = organisation?.id ?? null;
      if (typeof input.active === 'boolean') current.active = input.active;
      const saved = await manager.save(current);
      if (!saved.active) await manager.delete(Session, { userId: id });
      return saved;
    });
    if (!user.active || input.role) {
      this.connections.close({ userId: id }, user.active ? 'role changed' : 'account deactivated');
    }
    return user;
  }

  private async organisationFor(
    manager: EntityManager,
    role: Role,
    organisationId: string | null | undefined,
  ): Promise<Organisation | null> {
    if (AGENT_ROLES.includes(role)) return null;
    if (!organisationId)
      throw badInput('organisationId', 'Customer users belong to an organisation.');
    const organisation = await manager.findOneBy(Organisation, { id: Number(organisationId) });
    if (!organisation) throw badInput('organisationId', 'No such organisation.');
    return organisation;
  }
}
