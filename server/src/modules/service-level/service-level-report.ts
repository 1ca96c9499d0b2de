import { HistoryKind, SupportPlan } from '@support/shared';
import type { Database } from '../../core/database/database';
import { Organisation } from '../organisation/organisation.entity';
import { HistoryEntry } from '../ticket/history-entry.entity';
import { Ticket } from '../ticket/ticket.entity';
import type { ServiceLevelReportRow } from './service-level.types';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Per plan and severity, for tickets opened in [from, to): how many, how
 * many breached a target, and the median minutes to the first response.
 */
export async function serviceLevelReport(
  db: Database,
  from: Date,
  to: Date,
): Promise<ServiceLevelReportRow[]> {
  const tickets = await db.reader
    .createQueryBuilder(Ticket, 'ticket')
    .select([
      'ticket.id',
      'ticket.severity',
      'ticket.organisationId',
      'ticket.createdAt',
      'ticket.firstResponseAt',
    ])
    .where('ticket.createdAt >= :from AND ticket.createdAt < :to', {
      from: db.toDbDate(from),
      to: db.toDbDate(to),
    })
    .getMany();
  const breachedIds = new Set(
    (
      await db.reader
        .createQueryBuilder(HistoryEntry, 'entry')
        .select('DISTINCT entry.ticketId', 'ticketId')
        .innerJoin(Ticket, 'ticket', 'ticket.id = entry.ticketId')
        .where('entry.kind = :kind', { kind: HistoryKind.SLA_BREACHED })
        .andWhere('ticket.createdAt >= :from AND ticket.createdAt < :to', {
          from: db.toDbDate(from),
          to: db.toDbDate(to),
        })
        .getRawMany<{ ticketId: number }>()
    ).map((row) => Number(row.ticketId)),
  );
  const plans = new Map(
    (await db.reader.find(Organisation)).map((organisation) => [
      organisation.id,
      organisation.plan,
    ]),
  );
  const rows: ServiceLevelReportRow[] = [];
  for (const plan of Object.values(SupportPlan)) {
    for (const severity of [1, 2, 3, 4]) {
      const group = tickets.filter(
        (t) => t.severity === severity && plans.get(t.organisationId) === plan,
      );
      const breached = group.filter((t) => breachedIds.has(t.id)).length;
      const responses = group
        .filter((t) => t.firstResponseAt)
        .map((t) => ((t.firstResponseAt as Date).getTime() - t.createdAt.getTime()) / 60_000);
      rows.push({
        plan,
        severity,
        tickets: group.length,
        breached,
        breachRate: group.length ? breached / group.length : 0,
        medianFirstResponseMinutes: median(responses),
      });
    }
  }
  return rows;
}
