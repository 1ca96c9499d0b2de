import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format/useFormat';
import type { ArticleDetailFragment } from '../../gql/graphql';
import { categoryName } from './category-name';
import { languageKey } from './locale-key';
import { Markdown } from './Markdown';

/** Props of ArticleView. */
export interface ArticleViewProps {
  article: ArticleDetailFragment;
  /** Heading level of the title: 1 on the article page, 2 in a side panel. */
  level?: 1 | 2;
  /** Links to the translations; off in the intake panel. */
  showTranslations?: boolean;
}

/** An article: title, category, language, date and the body rendered safely. */
export function ArticleView({ article, level = 1, showTranslations = true }: ArticleViewProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="article" data-testid="article" lang={article.locale.toLowerCase()}>
      <Heading className="article-title">{article.title}</Heading>
      <p className="kb-meta small muted">
        <span className="tag">{t(languageKey(article.locale))}</span>
        {article.category && <span>{categoryName(article.category, i18n.resolvedLanguage)}</span>}
        <span>{t('knowledge.updated', { time: format.dateTime(article.updatedAt) })}</span>
        {article.authorName && <span>{article.authorName}</span>}
      </p>
      {showTranslations && article.translations.length > 0 && (
        <p className="small">
          {t('knowledge.alsoIn')}{' '}
          {article.translations.map((translation) => (
            <Link key={translation.id} to={`/kb/${translation.id}`} className="kb-translation">
              {t(languageKey(translation.locale))}: {translation.title}
            </Link>
          ))}
        </p>
      )}
      <Markdown source={article.body} />
    </div>
  );
}
