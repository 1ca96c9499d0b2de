import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { ArticleStatus, Locale, SearchField } from '../../gql/graphql';
import { Highlighted, rangesOf } from '../search/Highlighted';
import { SearchBox } from '../search/SearchBox';
import { categoryName } from './category-name';
import { languageKey } from './locale-key';
import { KnowledgeBaseQuery, SearchArticlesQuery } from './knowledge.operations';
import './knowledge.css';

const LOCALES = [Locale.Ja, Locale.En];

/**
 * The knowledge base: articles in Japanese and English by category, and a
 * search (Japanese-aware, matches marked). Customers see published
 * articles; engineers and admins also drafts, and can write new ones.
 * Filters live in the URL.
 */
export function KnowledgeBasePage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('category');
  const locale = LOCALES.find((value) => value === params.get('lang')) ?? null;
  const text = params.get('q') ?? '';

  const list = useQuery(KnowledgeBaseQuery, {
    variables: {
      filter: { categoryId: categoryId ?? undefined, locale: locale ?? undefined },
      first: 100,
    },
  });
  const search = useQuery(SearchArticlesQuery, {
    variables: { input: { text, locale: locale ?? undefined, first: 25 } },
    skip: text.length < 2,
  });

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const categories = list.data?.articleCategories ?? [];
  const nameOf = (id: string | undefined) => {
    const category = categories.find((candidate) => candidate.id === id);
    return category ? categoryName(category, i18n.resolvedLanguage) : null;
  };
  const hits = text.length >= 2 ? search.data?.searchArticles : undefined;
  const hitsInCategory = hits?.filter(
    (hit) => !categoryId || hit.article.category?.id === categoryId,
  );
  const mayWrite = me?.isAgent === true;
  return (
    <section className="kb" data-testid="kb-page">
      <div className="page-heading">
        <h1>{t('knowledge.title')}</h1>
        {mayWrite && (
          <Link to="/kb/new" className="button button-primary" data-testid="kb-new">
            {t('knowledge.newArticle')}
          </Link>
        )}
      </div>
      <p className="muted">{t('knowledge.intro')}</p>
      <div className="filters" role="group" aria-label={t('filters.label')}>
        <SearchBox
          value={text}
          onSearch={(value) => setParam('q', value)}
          label={t('knowledge.searchLabel')}
          placeholder={t('knowledge.searchPlaceholder')}
          testId="kb-search"
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('knowledge.language')}</legend>
          {[null, ...LOCALES].map((value) => (
            <label
              key={value ?? 'all'}
              className={value === locale ? 'segment segment-on' : 'segment'}
            >
              <input
                type="radio"
                name="lang"
                checked={value === locale}
                data-testid={`kb-lang-${value ?? 'all'}`}
                onChange={() => setParam('lang', value)}
              />
              {value ? t(languageKey(value)) : t('knowledge.allLanguages')}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="kb-columns">
        <nav className="kb-categories" aria-label={t('knowledge.categories')}>
          <h2 className="card-title">{t('knowledge.categories')}</h2>
          <ul>
            <li>
              <button
                type="button"
                className={categoryId ? 'link-button' : 'link-button kb-category-on'}
                aria-pressed={!categoryId}
                onClick={() => setParam('category', null)}
              >
                {t('knowledge.allCategories')}
              </button>
            </li>
            {categories.map((category) => (
              <li key={category.id}>
                <button
                  type="button"
                  className={
                    category.id === categoryId ? 'link-button kb-category-on' : 'link-button'
                  }
                  aria-pressed={category.id === categoryId}
                  data-testid={`kb-category-${category.slug}`}
                  onClick={() => setParam('category', category.id)}
                >
                  {categoryName(category, i18n.resolvedLanguage)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="kb-list">
          {(list.error ?? search.error) && <ErrorAlert error={list.error ?? search.error} />}
          {!list.data && !list.error && <Loading />}
          {hitsInCategory && (
            <>
              <p className="muted small" aria-live="polite">
                {t('knowledge.found', { count: hitsInCategory.length })}
              </p>
              <ul className="kb-articles" data-testid="kb-results">
                {hitsInCategory.map((hit) => (
                  <li key={hit.article.id} className="kb-article">
                    <Link to={`/kb/${hit.article.id}`}>
                      <Highlighted
                        text={hit.article.title}
                        ranges={rangesOf(hit.highlights, SearchField.Title)}
                      />
                    </Link>
                    <ArticleMeta
                      locale={hit.article.locale}
                      status={hit.article.status}
                      category={nameOf(hit.article.category?.id)}
                      agent={mayWrite}
                    />
                    <p className="small">
                      <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {!hits && list.data && list.data.articles.length === 0 && (
            <p className="empty">{t('knowledge.empty')}</p>
          )}
          {!hits && list.data && list.data.articles.length > 0 && (
            <ul className="kb-articles" data-testid="kb-articles">
              {list.data.articles.map((article) => (
                <li key={article.id} className="kb-article">
                  <Link to={`/kb/${article.id}`}>{article.title}</Link>
                  <ArticleMeta
                    locale={article.locale}
                    status={article.status}
                    category={nameOf(article.category?.id)}
                    agent={mayWrite}
                  />
                  <p className="small muted">{article.excerpt}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

/** Props of ArticleMeta. */
interface ArticleMetaProps {
  locale: Locale;
  status: ArticleStatus;
  category: string | null;
  /** Agents see whether an article is a draft. */
  agent: boolean;
}

/** Language, category and (agents) status of an article in a list. */
function ArticleMeta({ locale, status, category, agent }: ArticleMetaProps) {
  const { t } = useTranslation();
  return (
    <span className="kb-meta small muted">
      <span className="tag">{t(languageKey(locale))}</span>
      {category && <span>{category}</span>}
      {agent && <span className="badge badge-quiet">{t(`knowledge.status.${status}`)}</span>}
    </span>
  );
}
