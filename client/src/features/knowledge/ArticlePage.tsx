import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { ArticleStatus, ArticleViewContext } from '../../gql/graphql';
import { ArticleView } from './ArticleView';
import { ArticleQuery } from './knowledge.operations';
import { useRecordView } from './useRecordView';
import './knowledge.css';

/** One article of the knowledge base; engineers and admins may edit it. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const id = useParams().id ?? '';
  const { data, loading, error } = useQuery(ArticleQuery, { variables: { id } });
  const article = data?.article ?? null;
  useRecordView(article?.id ?? null, ArticleViewContext.KnowledgeBase);

  if (error && !article) return <ErrorAlert error={error} />;
  if (!article) {
    if (loading) return <Loading />;
    return (
      <section className="centered-page">
        <h1>{t('knowledge.notFound')}</h1>
        <Link to="/kb">{t('knowledge.back')}</Link>
      </section>
    );
  }
  return (
    <article className="kb-article-page">
      <div className="page-heading">
        <Link to="/kb" className="back-link">
          {t('knowledge.back')}
        </Link>
        {me?.isAgent && (
          <span className="kb-actions">
            {article.status === ArticleStatus.Draft && (
              <span className="badge">{t('knowledge.status.DRAFT')}</span>
            )}
            <Link to={`/kb/${article.id}/edit`} className="button" data-testid="kb-edit">
              {t('knowledge.edit')}
            </Link>
          </span>
        )}
      </div>
      <ArticleView article={article} />
    </article>
  );
}
