import type { EntityManager } from 'typeorm';
import { HistoryKind, TicketEventKind } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import type { EventRelay } from '../../core/events/event-relay';
import { appendEvent } from '../../core/events/outbox';
import type { AppLogger } from '../../core/logging/logger';
import { HistoryEntry } from '../ticket/history-entry.entity';
import { Ticket } from '../ticket/ticket.entity';
import type { ServiceLevelService } from './service-level.service';

/** The scheduler wakes at least this often, even with nothing due. */
const MAX_SLEEP_MS = 60_000;
const BATCH = 200;
/** How soon after a change of some ticket's clock the scheduler looks again. */
const CHANGE_COALESCE_MS = 250;

/**
 * Finds service-level targets that fell due or turned at risk, at their
 * instant, and records each once: a breach as history plus an SLA_BREACHED
 * event, an at-risk as an SLA_AT_RISK event. State lives in the ticket rows
 * (which instant was already handled), so after a restart it catches up on
 * everything that fell due while it was down, and with several processes a
 * conditional update lets only one of them record each instant.
 */
export class SlaScheduler {
  private timer: NodeJS.Timeout | null = null;
  /** When the timer fires (ms since the epoch, real time). */
  private timerDueAt = Infinity;
  private changedDuringRun = false;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly serviceLevels: ServiceLevelService,
    private readonly relay: EventRelay,
    private readonly logger: AppLogger,
  ) {}

  /** Catches up, then keeps waking at the next instant. */
  async start(): Promise<void> {
    this.serviceLevels.onChanged(() => this.changed());
    const computed = await this.serviceLevels.refreshOpen(this.db, true);
    if (computed > 0) this.logger.info({ tickets: computed }, 'service levels computed');
    await this.check();
  }

  /** Records everything due at the clock's now; resolves when done. Safe to call any time. */
  check(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /**
   * A ticket's clock changed, so the next instant may now be sooner: look
   * again within CHANGE_COALESCE_MS (once for a burst of changes, not once
   * per change), or right after the check in progress.
   */
  private changed(): void {
    if (this.running) {
      this.changedDuringRun = true;
      return;
    }
    if (this.timerDueAt - Date.now() > CHANGE_COALESCE_MS) this.schedule(CHANGE_COALESCE_MS);
  }

  private async run(): Promise<void> {
    this.changedDuringRun = false;
    try {
      const now = this.clock.now();
      let recorded = 0;
      for (const ticket of await this.dueBreaches(now))
        recorded += await this.recordBreach(ticket.id);
      for (const ticket of await this.dueAtRisk(now))
        recorded += await this.recordAtRisk(ticket.id);
      if (recorded > 0) void this.relay.kick();
      const sleep = await this.sleepUntilNext(now);
      this.schedule(this.changedDuringRun ? Math.min(sleep, CHANGE_COALESCE_MS) : sleep);
    } catch (error) {
      this.logger.error({ err: error, category: 'sla-scheduler' }, 'service-level check failed');
      this.schedule(MAX_SLEEP_MS);
    }
  }

  /** Tickets whose current due instant passed and was not recorded yet. */
  private dueBreaches(now: Date): Promise<Ticket[]> {
    return this.db.reader
      .createQueryBuilder(Ticket, 'ticket')
      .select('ticket.id')
      .where('ticket.slaDueAt <= :now', { now: this.db.toDbDate(now) })
      .andWhere(
        '(ticket.slaBreachRecordedAt IS NULL OR ticket.slaBreachRecordedAt <> ticket.slaDueAt)',
      )
      .take(BATCH)
      .getMany();
  }

  /** Tickets whose current at-risk instant passed, not yet due, not pushed yet. */
  private dueAtRisk(now: Date): Promise<Ticket[]> {
    const at = this.db.toDbDate(now);
    return this.db.reader
      .createQueryBuilder(Ticket, 'ticket')
      .select('ticket.id')
      .where('ticket.slaAtRiskAt <= :at AND ticket.slaDueAt > :at', { at })
      .andWhere(
        '(ticket.slaAtRiskNotifiedAt IS NULL OR ticket.slaAtRiskNotifiedAt <> ticket.slaAtRiskAt)',
      )
      .take(BATCH)
      .getMany();
  }

  /** Records the breach of the ticket's current target, once. Returns 1 when it did. */
  private recordBreach(ticketId: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      const ticket = await manager.findOneByOrFail(Ticket, { id: ticketId });
      const due = ticket.slaDueAt;
      if (!due || due > this.clock.now() || sameInstant(ticket.slaBreachRecordedAt, due)) return 0;
      const claimed = await this.claim(
        manager,
        ticketId,
        'slaBreachRecordedAt',
        ticket.slaBreachRecordedAt,
        due,
      );
      if (!claimed) return 0;
      await manager.update(Ticket, { id: ticketId }, { slaBreachedAt: due, slaAtRisk: false });
      await manager.insert(HistoryEntry, {
        ticketId,
        actorId: null,
        at: due,
        kind: HistoryKind.SLA_BREACHED,
        fromValue: null,
        toValue: ticket.slaTarget,
        action: null,
      });
      await appendEvent(manager, {
        ticketId,
        organisationId: ticket.organisationId,
        kind: TicketEventKind.SLA_BREACHED,
        actorId: null,
        at: this.clock.now(),
      });
      return 1;
    });
  }

  /** Pushes that the ticket's current target turned at risk, once. */
  private recordAtRisk(ticketId: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      const ticket = await manager.findOneByOrFail(Ticket, { id: ticketId });
      const atRisk = ticket.slaAtRiskAt;
      const now = this.clock.now();
      if (!atRisk || atRisk > now || !ticket.slaDueAt || ticket.slaDueAt <= now) return 0;
      if (sameInstant(ticket.slaAtRiskNotifiedAt, atRisk)) return 0;
      const claimed = await this.claim(
        manager,
        ticketId,
        'slaAtRiskNotifiedAt',
        ticket.slaAtRiskNotifiedAt,
        atRisk,
      );
      if (!claimed) return 0;
      await manager.update(Ticket, { id: ticketId }, { slaAtRisk: true });
      await appendEvent(manager, {
        ticketId,
        organisationId: ticket.organisationId,
        kind: TicketEventKind.SLA_AT_RISK,
        actorId: null,
        at: now,
      });
      return 1;
    });
  }

  /** Milliseconds until the next instant anything falls due (at most MAX_SLEEP_MS). */
  private async sleepUntilNext(now: Date): Promise<number> {
    const rows: Array<{ due: unknown; risk: unknown }> = await this.db.reader
      .createQueryBuilder(Ticket, 'ticket')
      .select('MIN(ticket.slaDueAt)', 'due')
      .addSelect('MIN(ticket.slaAtRiskAt)', 'risk')
      .where('ticket.slaDueAt > :now', { now: this.db.toDbDate(now) })
      .getRawMany();
    const instants = [rows[0]?.due, rows[0]?.risk]
      .filter((value) => value !== null && value !== undefined)
      .map((value) => parseDbDate(value))
      .filter((instant) => instant > now.getTime());
    const next = instants.length ? Math.min(...instants) : now.getTime() + MAX_SLEEP_MS;
    return Math.min(MAX_SLEEP_MS, Math.max(0, next - now.getTime()));
  }

  /**
   * Moves a handled-instant column from what was read to `next`, only if no
   * one else did meanwhile: the one process whose update matches records it.
   */
  private async claim(
    manager: EntityManager,
    ticketId: number,
    column: 'slaBreachRecordedAt' | 'slaAtRiskNotifiedAt',
    previous: Date | null,
    next: Date,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(Ticket)
      .set({ [column]: next })
      .where('id = :id', { id: ticketId });
    if (previous === null) query.andWhere(`${column} IS NULL`);
    else query.andWhere(`${column} = :previous`, { previous: this.db.toDbDate(previous) });
    return (await query.execute()).affected === 1;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.check(), delayMs);
    this.timer.unref();
  }

  /** Stops waking and waits for a check in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

function sameInstant(a: Date | null, b: Date): boolean {
  return a !== null && a.getTime() === b.getTime();
}

/** An instant from a raw row: a Date (mysql2) or UTC text (SQLite). */
function parseDbDate(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  const text = String(value);
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
