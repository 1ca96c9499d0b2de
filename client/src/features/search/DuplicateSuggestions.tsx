import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { SearchField, SimilarityReason } from '../../gql/graphql';
import { Highlighted, rangesOf } from './Highlighted';
import { FollowTicketMutation, SimilarTicketsQuery } from './search.operations';
import { useDebouncedValue } from './useDebouncedValue';
import './search.css';

/** Props of DuplicateSuggestions. */
export interface DuplicateSuggestionsProps {
  title: string;
  description: string;
  /** Affected document IDs as entered (split like the intake form does). */
  documentIds: string;
}

/** Fewer characters than this in title and description together ask nothing. */
const MIN_TEXT = 2;

function splitIds(text: string): string[] {
  return text
    .split(/[\s,、]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * The duplicate check of the intake form: while the customer types (once
 * typing pauses), the open tickets of their organisation that look alike,
 * with the matching words marked. "Follow this ticket instead" subscribes
 * the customer to that ticket and opens its status page.
 */
export function DuplicateSuggestions({
  title,
  description,
  documentIds,
}: DuplicateSuggestionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const typed = {
    title: useDebouncedValue(title.trim()),
    description: useDebouncedValue(description.trim()),
    documentIds: useDebouncedValue(documentIds),
  };
  const ids = splitIds(typed.documentIds);
  const enough = typed.title.length + typed.description.length >= MIN_TEXT || ids.length > 0;
  const { data, previousData } = useQuery(SimilarTicketsQuery, {
    variables: {
      input: {
        title: typed.title || undefined,
        description: typed.description || undefined,
        documentIds: ids.length > 0 ? ids : undefined,
        first: 5,
      },
    },
    skip: !enough,
    fetchPolicy: 'network-only',
  });
  const [follow, { error }] = useMutation(FollowTicketMutation);
  const [following, setFollowing] = useState<string | null>(null);

  async function followInstead(number: string) {
    setFollowing(number);
    try {
      await follow({ variables: { number } });
      navigate(`/portal/tickets/${number}`, { state: { followed: true } });
    } catch {
      // The error is shown from the mutation's state; the form stays as typed.
      setFollowing(null);
    }
  }

  const similar = enough ? ((data ?? previousData)?.similarTickets ?? []) : [];
  if (similar.length === 0 && !error) return null;
  return (
    <section className="duplicates" aria-labelledby="duplicates-title" data-testid="duplicates">
      <h2 id="duplicates-title" className="duplicates-title">
        {t('duplicates.title')}
      </h2>
      <p className="small muted">{t('duplicates.intro')}</p>
      {error && <ErrorAlert error={error} />}
      <ul className="duplicates-list" aria-live="polite">
        {similar.map(({ ticket, highlights, reasons, matchedDocumentIds }) => (
          <li key={ticket.number} className="duplicate" data-testid={`duplicate-${ticket.number}`}>
            <div className="duplicate-text">
              <span className="mono small">{ticket.number}</span>{' '}
              <strong>
                <Highlighted text={ticket.title} ranges={rangesOf(highlights, SearchField.Title)} />
              </strong>
              <span className="small muted">
                {' · '}
                {t(`state.${ticket.state}`)} · {ticket.requester.name}
              </span>
              {reasons.includes(SimilarityReason.SameDocument) && (
                <p className="small">
                  {t('duplicates.sameDocument', { ids: matchedDocumentIds.join(', ') })}
                </p>
              )}
            </div>
            {ticket.viewerFollows ? (
              <span className="badge badge-quiet">{t('duplicates.alreadyFollowing')}</span>
            ) : (
              <button
                type="button"
                className="button"
                data-testid={`follow-${ticket.number}`}
                disabled={following !== null}
                onClick={() => void followInstead(ticket.number)}
              >
                {t('duplicates.follow')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
