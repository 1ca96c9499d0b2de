import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { ArticleStatus, SearchField } from '../../gql/graphql';
import { Highlighted, rangesOf } from '../search/Highlighted';
import { useDebouncedValue } from '../search/useDebouncedValue';
import { SearchArticlesQuery } from './knowledge.operations';
import './knowledge.css';

/** Props of ArticleLinkPicker. */
export interface ArticleLinkPickerProps {
  /** Called with a Markdown link to the chosen article, to add to the reply. */
  onInsert(markdown: string): void;
}

/** A Markdown link to an article page of this console. */
export function articleLink(article: { id: string; title: string }, origin: string): string {
  const title = article.title.replace(/[[\]]/g, '\\$&');
  return `[${title}](${origin}/kb/${article.id})`;
}

/**
 * "Insert article link" for the reply box: searches published articles
 * and hands a Markdown link to the chosen one to the reply (an answer to
 * a user error points to the reference documents).
 */
export function ArticleLinkPicker({ onInsert }: ArticleLinkPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim());
  const { data } = useQuery(SearchArticlesQuery, {
    variables: { input: { text: query, first: 6 } },
    skip: !open || query.length < 2,
  });
  const hits = (data?.searchArticles ?? []).filter(
    (hit) => hit.article.status === ArticleStatus.Published,
  );

  if (!open) {
    return (
      <button
        type="button"
        className="button button-quiet"
        data-testid="insert-article-link"
        onClick={() => setOpen(true)}
      >
        {t('knowledge.link.open')}
      </button>
    );
  }
  return (
    <div className="article-link-picker" data-testid="article-link-picker">
      <label htmlFor={id} className="field-label">
        {t('knowledge.link.label')}
      </label>
      <input
        id={id}
        type="search"
        autoFocus
        data-testid="article-link-search"
        value={text}
        placeholder={t('knowledge.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      <ul className="suggestions-list">
        {hits.map((hit) => (
          <li key={hit.article.id}>
            <button
              type="button"
              className="link-button"
              data-testid={`article-link-option-${hit.article.id}`}
              onClick={() => {
                onInsert(articleLink(hit.article, window.location.origin));
                setOpen(false);
                setText('');
              }}
            >
              <span className="tag">{hit.article.locale}</span>{' '}
              <Highlighted
                text={hit.article.title}
                ranges={rangesOf(hit.highlights, SearchField.Title)}
              />
            </button>
          </li>
        ))}
      </ul>
      {query.length >= 2 && data && hits.length === 0 && (
        <p className="small muted">{t('search.nothing')}</p>
      )}
      <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
        {t('knowledge.suggest.close')}
      </button>
    </div>
  );
}
