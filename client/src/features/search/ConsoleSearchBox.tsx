import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { SearchField } from '../../gql/graphql';
import { Highlighted, rangesOf } from './Highlighted';
import { ConsoleSearchQuery } from './search.operations';
import { useDebouncedValue } from './useDebouncedValue';
import './search.css';

/** Fewer characters than this ask nothing. */
const MIN_QUERY = 2;

/**
 * The agents' search box in the header: tickets, articles and ideas at
 * once (Japanese-aware), matches marked, results as links. Escape or
 * leaving the box closes the results.
 */
export function ConsoleSearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebouncedValue(text.trim());
  const { data, loading } = useQuery(ConsoleSearchQuery, {
    variables: { input: { text: query, first: 5 } },
    skip: query.length < MIN_QUERY,
  });

  const results = query.length >= MIN_QUERY ? data?.search : undefined;
  const empty =
    results && results.tickets.length + results.articles.length + results.ideas.length === 0;
  const close = () => setOpen(false);
  return (
    <div
      className="header-search"
      role="search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        data-testid="console-search"
        placeholder={t('search.placeholder')}
        value={text}
        aria-controls={`${id}-results`}
        aria-expanded={open && Boolean(results)}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
      />
      {open && query.length >= MIN_QUERY && (
        <div id={`${id}-results`} className="search-results" data-testid="console-search-results">
          {loading && !results && <p className="small muted">{t('search.searching')}</p>}
          {empty && <p className="small muted">{t('search.nothing')}</p>}
          {results && results.tickets.length > 0 && (
            <>
              <h3>{t('search.tickets')}</h3>
              <ul>
                {results.tickets.map((hit) => (
                  <li key={hit.ticket.number}>
                    <Link to={`/console/tickets/${hit.ticket.number}`} onClick={close}>
                      <span className="mono small">{hit.ticket.number}</span>{' '}
                      <Highlighted
                        text={hit.ticket.title}
                        ranges={rangesOf(hit.highlights, SearchField.Title)}
                      />
                    </Link>
                    <span className="small muted">
                      {hit.ticket.organisation.name} · {t(`state.${hit.ticket.state}`)}
                    </span>
                    {hit.snippet.text && (
                      <p className="small muted">
                        <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {results && results.articles.length > 0 && (
            <>
              <h3>{t('search.articles')}</h3>
              <ul>
                {results.articles.map((hit) => (
                  <li key={hit.article.id}>
                    <Link to={`/kb/${hit.article.id}`} onClick={close}>
                      <Highlighted
                        text={hit.article.title}
                        ranges={rangesOf(hit.highlights, SearchField.Title)}
                      />
                    </Link>
                    <span className="small muted">
                      {hit.article.locale} · {t(`knowledge.status.${hit.article.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {results && results.ideas.length > 0 && (
            <>
              <h3>{t('search.ideas')}</h3>
              <ul>
                {results.ideas.map((hit) => (
                  <li key={hit.idea.id}>
                    <Link to={`/ideas?idea=${hit.idea.id}`} onClick={close}>
                      <Highlighted
                        text={hit.idea.title}
                        ranges={rangesOf(hit.highlights, SearchField.Title)}
                      />
                    </Link>
                    <span className="small muted">
                      {t(`ideas.status.${hit.idea.status}`)} ·{' '}
                      {t('ideas.votes', { count: hit.idea.voteCount })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
