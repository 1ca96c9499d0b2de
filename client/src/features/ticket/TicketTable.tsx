import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TicketState, type BusinessCalendar } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import type { TicketRowFragment } from '../../gql/graphql';
import { TimeLeft } from '../service-level/TimeLeft';
import { SeverityBadge } from './SeverityBadge';
import { StateBadge } from './StateBadge';
import './ticket.css';

/** Optional columns of TicketTable. */
export type TicketColumn = 'organisation' | 'requester' | 'assignee' | 'planned' | 'timeLeft';

/** Props of TicketTable. */
export interface TicketTableProps {
  tickets: readonly TicketRowFragment[];
  /** Where a row's link leads, e.g. (n) => `/portal/tickets/${n}`. */
  linkTo: (number: string) => string;
  columns: readonly TicketColumn[];
  /** Numbers of rows changed live a moment ago: highlighted. */
  recent?: ReadonlySet<string>;
  /** Row selected by keyboard, with the ref that receives focus. */
  selected?: { index: number; ref: Ref<HTMLTableRowElement> };
  /** States that need the viewer's attention (e.g. waiting on the customer). */
  attention?: readonly TicketState[];
  /** The business calendar of an organisation, for the time-left column. */
  calendarOf?: (organisationId: string) => BusinessCalendar | null;
  caption: string;
}

/** A list of tickets; each row links to the ticket and carries `ticket-row-<number>`. */
export function TicketTable(props: TicketTableProps) {
  const { tickets, linkTo, columns, recent, selected, attention = [], caption } = props;
  const calendarOf = props.calendarOf ?? (() => null);
  const { t } = useTranslation();
  const format = useFormat();
  const show = (column: TicketColumn) => columns.includes(column);

  return (
    <div className="table-wrap">
      <table className="tickets">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ticket.number')}</th>
            <th scope="col">{t('ticket.title')}</th>
            {show('organisation') && <th scope="col">{t('ticket.organisation')}</th>}
            <th scope="col">{t('ticket.severity')}</th>
            <th scope="col">{t('ticket.state')}</th>
            {show('timeLeft') && <th scope="col">{t('sla.column')}</th>}
            {show('planned') && <th scope="col">{t('planned.short')}</th>}
            {show('assignee') && <th scope="col">{t('ticket.assignee')}</th>}
            {show('requester') && <th scope="col">{t('ticket.requester')}</th>}
            <th scope="col">{t('ticket.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket, index) => {
            const isSelected = selected?.index === index;
            const classes = [
              recent?.has(ticket.number) ? 'row-recent' : '',
              isSelected ? 'row-selected' : '',
              attention.includes(ticket.state) ? 'row-attention' : '',
              show('timeLeft') && ticket.serviceLevel.breached ? 'row-breached' : '',
              show('timeLeft') && ticket.serviceLevel.atRisk ? 'row-at-risk' : '',
            ].join(' ');
            const planned = ticket.plannedAvailability;
            return (
              <tr
                key={ticket.number}
                className={classes}
                data-testid={`ticket-row-${ticket.number}`}
                aria-selected={selected ? isSelected : undefined}
                tabIndex={selected ? -1 : undefined}
                ref={isSelected ? selected?.ref : undefined}
              >
                <td className="nowrap">
                  <Link to={linkTo(ticket.number)}>{ticket.number}</Link>
                </td>
                <td className="cell-title">
                  <Link to={linkTo(ticket.number)} tabIndex={-1}>
                    {ticket.title}
                  </Link>
                  <span className="muted small"> · {t(`type.${ticket.type}`)}</span>
                </td>
                {show('organisation') && <td className="nowrap">{ticket.organisation.name}</td>}
                <td>
                  <SeverityBadge severity={ticket.severity} />
                </td>
                <td>
                  <StateBadge state={ticket.state} />
                </td>
                {show('timeLeft') && (
                  <td className="nowrap">
                    <TimeLeft
                      level={ticket.serviceLevel}
                      calendar={calendarOf(ticket.organisation.id)}
                    />
                  </td>
                )}
                {show('planned') && (
                  <td className="small" data-testid="row-planned">
                    {[planned?.release, planned?.date && format.localDate(planned.date)]
                      .filter(Boolean)
                      .join(' · ') || t('common.none')}
                  </td>
                )}
                {show('assignee') && (
                  <td className="nowrap">
                    {ticket.assignee?.name ?? (
                      <span className="muted">{t('ticket.unassigned')}</span>
                    )}
                  </td>
                )}
                {show('requester') && <td className="nowrap">{ticket.requester.name}</td>}
                <td className="nowrap small">
                  <time dateTime={ticket.updatedAt}>{format.dateTime(ticket.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
