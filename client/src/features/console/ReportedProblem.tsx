import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketType } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import type { TicketDetailFragment } from '../../gql/graphql';
import { AttachmentList } from '../attachments/AttachmentList';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('common.none')}</span> : children}</dd>
    </>
  );
}

/**
 * Stage 1 as the customer reported it: description, the affected instance
 * and user, document IDs, business impact and reproduction steps, and for
 * service requests the permission and the requested execution window.
 */
export function ReportedProblem({ ticket }: { ticket: TicketDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const executionWindow =
    ticket.executionWindowStart || ticket.executionWindowEnd
      ? [ticket.executionWindowStart, ticket.executionWindowEnd]
          .map((instant) => (instant ? format.dateTime(instant) : '…'))
          .join(' – ')
      : null;

  return (
    <section className="card" aria-labelledby="reported-title" data-testid="reported-problem">
      <h2 id="reported-title" className="card-title">
        {t('workspace.reported')}
      </h2>
      <p className="muted small">
        {t('ticket.openedBy', {
          name: `${ticket.requester.name} (${ticket.organisation.name})`,
          time: format.dateTime(ticket.createdAt),
        })}
      </p>
      <p className="prewrap">{ticket.description}</p>
      <AttachmentList attachments={ticket.attachments.filter((file) => file.commentId === null)} />
      <dl className="facts facts-wide">
        <Fact label={t('ticket.instanceEnvironment')}>
          {ticket.instanceEnvironment && t(`environment.${ticket.instanceEnvironment}`)}
        </Fact>
        <Fact label={t('ticket.instanceUrl')}>
          {ticket.instanceUrl && (
            <a href={ticket.instanceUrl} target="_blank" rel="noreferrer noopener">
              {ticket.instanceUrl}
            </a>
          )}
        </Fact>
        <Fact label={t('ticket.affectedUserLogin')}>{ticket.affectedUserLogin}</Fact>
        <Fact label={t('ticket.documentIds')}>
          {ticket.documentIds.length > 0 && (
            <ul className="chips">
              {ticket.documentIds.map((id) => (
                <li key={id} className="chip">
                  {id}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('ticket.businessImpact')}>
          {ticket.businessImpact && <span className="prewrap">{ticket.businessImpact}</span>}
        </Fact>
        <Fact label={t('ticket.reproductionSteps')}>
          {ticket.reproductionSteps && <span className="prewrap">{ticket.reproductionSteps}</span>}
        </Fact>
        {ticket.type === TicketType.SERVICE_REQUEST && (
          <>
            <Fact label={t('ticket.permissionGranted')}>
              {ticket.permissionGranted ? t('common.yes') : t('common.no')}
            </Fact>
            <Fact label={t('ticket.executionWindow')}>{executionWindow}</Fact>
          </>
        )}
      </dl>
    </section>
  );
}
