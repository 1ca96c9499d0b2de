import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../core/session/session-context';
import { Loading } from '../../core/ui/Loading';
import { ArticleViewContext, Locale, SearchField } from '../../gql/graphql';
import { Highlighted, rangesOf } from '../search/Highlighted';
import { useDebouncedValue } from '../search/useDebouncedValue';
import { ArticleView } from './ArticleView';
import { ArticleQuery, SuggestArticlesQuery } from './knowledge.operations';
import { useRecordView } from './useRecordView';
import './knowledge.css';

/** Fewer characters than this ask nothing. */
const MIN_TEXT = 2;

/** Props of ArticleSuggestions. */
export interface ArticleSuggestionsProps {
  title: string;
  description: string;
}

/**
 * Knowledge-base articles that match what the customer is typing into a
 * new ticket, in their language first. Opening one shows it beside the
 * form and records an INTAKE view: if no ticket follows, the server
 * counts it as a deflection.
 */
export function ArticleSuggestions({ title, description }: ArticleSuggestionsProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const text = useDebouncedValue(`${title.trim()}\n${description.trim()}`.trim());
  const locale = me?.locale ?? (i18n.resolvedLanguage === 'ja' ? Locale.Ja : Locale.En);
  const { data, previousData } = useQuery(SuggestArticlesQuery, {
    variables: { text, locale, first: 4 },
    skip: text.length < MIN_TEXT,
  });
  const [openId, setOpenId] = useState<string | null>(null);

  const hits = text.length >= MIN_TEXT ? ((data ?? previousData)?.suggestArticles ?? []) : [];
  if (hits.length === 0 && !openId) return null;
  return (
    <section
      className="suggestions"
      aria-labelledby="suggestions-title"
      data-testid="kb-suggestions"
    >
      <h2 id="suggestions-title" className="suggestions-title">
        {t('knowledge.suggest.title')}
      </h2>
      <p className="small muted">{t('knowledge.suggest.intro')}</p>
      <ul className="suggestions-list">
        {hits.map((hit) => (
          <li key={hit.article.id} className="suggestion">
            <button
              type="button"
              className="link-button"
              aria-expanded={openId === hit.article.id}
              data-testid={`suggestion-${hit.article.id}`}
              onClick={() => setOpenId(openId === hit.article.id ? null : hit.article.id)}
            >
              <Highlighted
                text={hit.article.title}
                ranges={rangesOf(hit.highlights, SearchField.Title)}
              />
            </button>
            <p className="small muted">
              <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
            </p>
          </li>
        ))}
      </ul>
      {openId && <SuggestedArticle id={openId} onClose={() => setOpenId(null)} />}
    </section>
  );
}

/** An opened suggestion, read in place; opening it records the INTAKE view. */
function SuggestedArticle({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const { data } = useQuery(ArticleQuery, { variables: { id } });
  useRecordView(data?.article?.id ?? null, ArticleViewContext.Intake);
  return (
    <div className="suggestion-panel card" data-testid="suggestion-panel">
      <div className="suggestion-panel-tools">
        <a href={`/kb/${id}`} target="_blank" rel="noreferrer" className="small">
          {t('knowledge.suggest.newTab')}
        </a>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('knowledge.suggest.close')}
        </button>
      </div>
      {data?.article ? (
        <ArticleView article={data.article} level={2} showTranslations={false} />
      ) : (
        <Loading />
      )}
      <p className="small muted">{t('knowledge.suggest.stillNeedHelp')}</p>
    </div>
  );
}
