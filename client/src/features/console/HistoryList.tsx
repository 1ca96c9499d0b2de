import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { HistoryKind, isSeverity, TicketAction, TicketState } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import type { TicketDetailFragment } from '../../gql/graphql';
import { AgentsQuery } from './console.operations';

type Entry = TicketDetailFragment['history'][number];

interface PlannedValue {
  release?: string | null;
  date?: string | null;
  reference?: string | null;
}

function parsePlanned(value: string | null): PlannedValue | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as PlannedValue;
  } catch {
    // Older entries may hold plain text; show it as the release.
    return { release: value };
  }
}

/** Every recorded change of the ticket, newest first: who, when, from and to. */
export function HistoryList({ history }: { history: TicketDetailFragment['history'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(AgentsQuery);
  const nameOf = (id: string | null) =>
    id === null
      ? t('ticket.unassigned')
      : (data?.agents.find((agent) => agent.id === id)?.name ?? `#${id}`);
  const stateName = (value: string | null) =>
    value && value in TicketState ? t(`state.${value as TicketState}`) : (value ?? '—');
  const severityName = (value: string | null) => {
    const level = Number(value);
    return isSeverity(level) ? t(`severity.${level}.label`) : (value ?? '—');
  };
  const plannedText = (value: string | null) => {
    const planned = parsePlanned(value);
    const parts = [planned?.release, planned?.date, planned?.reference].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('planned.cleared');
  };

  function describe(entry: Entry): string {
    switch (entry.kind) {
      case HistoryKind.CREATED:
        return t('history.created');
      case HistoryKind.STATE_CHANGED:
        return t('history.stateChanged', {
          from: stateName(entry.fromValue),
          to: stateName(entry.toValue),
          action:
            entry.action && entry.action in TicketAction
              ? t(`action.${entry.action as TicketAction}`)
              : '',
        });
      case HistoryKind.ASSIGNEE_CHANGED:
        return t('history.assigneeChanged', {
          from: nameOf(entry.fromValue),
          to: nameOf(entry.toValue),
        });
      case HistoryKind.SEVERITY_CHANGED:
        return t('history.severityChanged', {
          from: severityName(entry.fromValue),
          to: severityName(entry.toValue),
        });
      case HistoryKind.PLANNED_AVAILABILITY_CHANGED:
        return t('history.plannedChanged', { to: plannedText(entry.toValue) });
      case HistoryKind.SLA_BREACHED:
        return t('history.slaBreached');
    }
  }

  return (
    <ol className="history" data-testid="history">
      {[...history].reverse().map((entry) => (
        <li key={entry.id} className="history-entry">
          <time dateTime={entry.at} className="history-time">
            {format.dateTime(entry.at)}
          </time>
          <span className="history-what">{describe(entry)}</span>
          <span className="muted small">
            {entry.actor ? t('history.by', { name: entry.actor.name }) : t('thread.system')}
          </span>
        </li>
      ))}
    </ol>
  );
}
