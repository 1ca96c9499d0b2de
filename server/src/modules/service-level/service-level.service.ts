import { In, type EntityManager } from 'typeorm';
import {
  computeSlaStatus,
  HistoryKind,
  isSeverity,
  Role,
  SupportPlan,
  TicketState,
  type BusinessCalendar,
  type PlanTargets,
  type Severity,
  type SlaInput,
  type SlaStatus,
} from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { Organisation } from '../organisation/organisation.entity';
import { Comment } from '../ticket/comment.entity';
import { HistoryEntry } from '../ticket/history-entry.entity';
import { Ticket } from '../ticket/ticket.entity';
import { User } from '../user/user.entity';
import { Holiday } from './holiday.entity';
import { PlanTarget } from './plan-target.entity';

/** History kinds the service-level engine reads. */
const CLOCK_HISTORY: readonly HistoryKind[] = [
  HistoryKind.STATE_CHANGED,
  HistoryKind.SEVERITY_CHANGED,
];

/** Queue rank of tickets whose clock is paused or stopped: after every running one. */
export const NO_CLOCK_RANK = new Date('9999-12-31T00:00:00.000Z');

/** Plans and holidays change rarely; other processes see an edit within this time. */
const CACHE_TTL_MS = 60_000;

const SUPPORT_ROLES: readonly Role[] = [Role.ENGINEER, Role.ADMIN];

function severity(value: string | null | undefined, fallback: number): Severity {
  const parsed = Number(value);
  return isSeverity(parsed) ? parsed : (fallback as Severity);
}

/**
 * Keeps each ticket's service-level columns current: after every change it
 * rebuilds the engine's input from the ticket's history, replies, plan and
 * business calendar (shared `computeSlaStatus`, the same code the client
 * runs) and stores the due instant, the at-risk instant and the queue rank.
 */
export class ServiceLevelService {
  private plans: { at: number; targets: Map<string, PlanTargets> } | null = null;
  private readonly holidays = new Map<string, { at: number; dates: string[] }>();

  private listener: (() => void) | null = null;

  constructor(private readonly clock: Clock) {}

  /** Tells the scheduler that due instants may have moved (after a commit). */
  changed(): void {
    this.listener?.();
  }

  /** Registers the one listener of `changed` (the scheduler). */
  onChanged(listener: () => void): void {
    this.listener = listener;
  }

  /** Forgets cached plans and holidays after an admin edits them. */
  invalidate(): void {
    this.plans = null;
    this.holidays.clear();
  }

  /** Every plan's targets per severity. */
  async planTargets(manager: EntityManager): Promise<Map<string, PlanTargets>> {
    const now = this.clock.now().getTime();
    if (this.plans && now - this.plans.at < CACHE_TTL_MS) return this.plans.targets;
    const rows = await manager.find(PlanTarget);
    const targets = new Map<string, PlanTargets>();
    for (const plan of Object.values(SupportPlan)) {
      const cells = rows.filter((row) => row.plan === plan);
      const entry = {} as PlanTargets;
      for (const cell of cells) {
        entry[cell.severity as Severity] = {
          firstResponseMinutes: cell.firstResponseMinutes,
          updateMinutes: cell.updateMinutes,
          clock: cell.clock,
        };
      }
      targets.set(plan, entry);
    }
    this.plans = { at: now, targets };
    return targets;
  }

  /** The organisation's business calendar with its holidays. */
  async calendar(manager: EntityManager, organisation: Organisation): Promise<BusinessCalendar> {
    return {
      timeZone: organisation.timeZone,
      days: organisation.businessDays.map(Number),
      start: organisation.businessStart,
      end: organisation.businessEnd,
      holidays: organisation.holidayCalendar
        ? await this.holidayDates(manager, organisation.holidayCalendar)
        : [],
    };
  }

  private async holidayDates(manager: EntityManager, calendar: string): Promise<string[]> {
    const now = this.clock.now().getTime();
    const cached = this.holidays.get(calendar);
    if (cached && now - cached.at < CACHE_TTL_MS) return cached.dates;
    const rows = await manager.find(Holiday, { where: { calendar }, order: { date: 'ASC' } });
    const dates = rows.map((row) => row.date);
    this.holidays.set(calendar, { at: now, dates });
    return dates;
  }

  /**
   * Whether a change can move a ticket's clock. Only what `input` reads
   * can: a state or severity change in the history, or a public reply.
   * Planned availability, assignment and internal notes cannot, and skip
   * the recomputation (five reads) altogether.
   */
  static affectedBy(change: {
    history?: ReadonlyArray<{ kind: HistoryKind }>;
    comment?: { internal: boolean };
  }): boolean {
    if (change.comment && !change.comment.internal) return true;
    return (change.history ?? []).some((entry) => CLOCK_HISTORY.includes(entry.kind));
  }

  /** The engine's input for a ticket, from its history and thread. */
  async input(manager: EntityManager, ticket: Ticket, now: Date): Promise<SlaInput> {
    const [history, replies, organisation] = await Promise.all([
      manager.find(HistoryEntry, {
        where: { ticketId: ticket.id },
        order: { at: 'ASC', id: 'ASC' },
      }),
      manager.find(Comment, { where: { ticketId: ticket.id, internal: false } }),
      manager.findOneByOrFail(Organisation, { id: ticket.organisationId }),
    ]);
    const actorIds = [
      ...new Set([
        ...history.map((entry) => entry.actorId),
        ...replies.map((reply) => reply.authorId),
      ]),
    ].filter((id): id is number => id !== null);
    const actors = actorIds.length ? await manager.findBy(User, { id: In(actorIds) }) : [];
    const roleOf = new Map(actors.map((user) => [user.id, user.role]));
    const bySupport = (id: number | null) =>
      id !== null && SUPPORT_ROLES.includes(roleOf.get(id) as Role);
    // Only CLOCK_HISTORY kinds are read here (see affectedBy).
    const severityChanges = history.filter((entry) => entry.kind === HistoryKind.SEVERITY_CHANGED);
    const plan = (await this.planTargets(manager)).get(organisation.plan) as PlanTargets;
    return {
      createdAt: ticket.createdAt,
      initialSeverity: severity(severityChanges[0]?.fromValue, ticket.severity),
      severityChanges: severityChanges.map((entry) => ({
        at: entry.at,
        severity: severity(entry.toValue, ticket.severity),
      })),
      stateChanges: history
        .filter((entry) => entry.kind === HistoryKind.STATE_CHANGED)
        .map((entry) => ({
          at: entry.at,
          to: entry.toValue as TicketState,
          bySupport: bySupport(entry.actorId),
        })),
      supportReplies: replies
        .filter((reply) => bySupport(reply.authorId))
        .map((reply) => ({ at: reply.createdAt })),
      targets: plan,
      calendar: await this.calendar(manager, organisation),
      now,
    };
  }

  /**
   * Recomputes and stores a ticket's service-level columns; returns the
   * status. Given the ticket as it now is in the transaction (not only its
   * id), it does not read it again and updates that object too.
   */
  async refresh(
    manager: EntityManager,
    ticketOrId: Ticket | number,
    now = this.clock.now(),
  ): Promise<SlaStatus> {
    const ticket =
      typeof ticketOrId === 'number'
        ? await manager.findOneByOrFail(Ticket, { id: ticketOrId })
        : ticketOrId;
    const ticketId = ticket.id;
    const input = await this.input(manager, ticket, now);
    const status = computeSlaStatus(input);
    const firstResponse = [
      ...input.supportReplies.map((reply) => reply.at),
      ...input.stateChanges.filter((change) => change.bySupport).map((change) => change.at),
    ].sort((a, b) => a.getTime() - b.getTime())[0];
    const next = {
      slaPhase: status.phase,
      slaDueAt: status.dueAt,
      slaAtRiskAt: status.atRiskAt,
      slaAtRisk: status.atRisk,
      slaBreachedAt: status.breachedAt,
      slaTarget: JSON.stringify(status.target),
      queueRank: status.dueAt ?? NO_CLOCK_RANK,
      firstResponseAt: firstResponse ?? null,
    };
    // Most changes (a comment, planned availability) leave the clock as it was.
    if (sameSla(ticket, next)) return status;
    await manager.update(Ticket, { id: ticketId }, next);
    // A caller's ticket stays current without reading it again.
    Object.assign(ticket, next);
    return status;
  }

  /**
   * Recomputes every open ticket, one short transaction each, after plans or
   * holidays changed (or for tickets never computed). Returns the count.
   */
  async refreshOpen(db: Database, onlyUncomputed = false): Promise<number> {
    const ids = await this.openTicketIds(db.reader, onlyUncomputed);
    for (const id of ids) await db.transaction((manager) => this.refresh(manager, id));
    if (ids.length > 0) this.changed();
    return ids.length;
  }

  /** Tickets still open, for recomputing after plans or holidays change. */
  async openTicketIds(manager: EntityManager, onlyUncomputed = false): Promise<number[]> {
    const query = manager
      .createQueryBuilder(Ticket, 'ticket')
      .select('ticket.id', 'id')
      .where('ticket.state <> :closed', { closed: TicketState.CLOSED });
    if (onlyUncomputed) query.andWhere('ticket.slaTarget IS NULL');
    const rows = await query.getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return a === b || (a !== null && b !== null && new Date(a).getTime() === new Date(b).getTime());
}

/** True when the stored service-level columns already hold `next`. */
function sameSla(
  ticket: Ticket,
  next: Pick<
    Ticket,
    | 'slaPhase'
    | 'slaDueAt'
    | 'slaAtRiskAt'
    | 'slaAtRisk'
    | 'slaBreachedAt'
    | 'slaTarget'
    | 'queueRank'
    | 'firstResponseAt'
  >,
): boolean {
  return (
    ticket.slaPhase === next.slaPhase &&
    Boolean(ticket.slaAtRisk) === next.slaAtRisk &&
    ticket.slaTarget === next.slaTarget &&
    sameTime(ticket.slaDueAt, next.slaDueAt) &&
    sameTime(ticket.slaAtRiskAt, next.slaAtRiskAt) &&
    sameTime(ticket.slaBreachedAt, next.slaBreachedAt) &&
    sameTime(ticket.queueRank, next.queueRank) &&
    sameTime(ticket.firstResponseAt, next.firstResponseAt)
  );
}
