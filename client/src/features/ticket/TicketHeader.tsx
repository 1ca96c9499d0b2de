import { useTranslation } from 'react-i18next';
import type { TicketRowFragment } from '../../gql/graphql';
import { SeverityBadge } from './SeverityBadge';
import { StateBadge } from './StateBadge';
import './ticket.css';

/** A ticket page's heading: number, title, state, severity and type. */
export function TicketHeader({ ticket }: { ticket: TicketRowFragment }) {
  const { t } = useTranslation();
  return (
    <header className="ticket-header">
      <p className="ticket-number" data-testid="ticket-number">
        {ticket.number}
      </p>
      <h1 className="ticket-title">{ticket.title}</h1>
      <div className="ticket-badges">
        <StateBadge state={ticket.state} />
        <SeverityBadge severity={ticket.severity} />
        <span className="badge badge-quiet">{t(`type.${ticket.type}`)}</span>
      </div>
    </header>
  );
}
