import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@support/shared';
import { toApiError, type ApiError } from '../../core/apollo/api-error';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { Loading } from '../../core/ui/Loading';
import { ArticleStatus, Locale, type ArticleDetailFragment } from '../../gql/graphql';
import { categoryName } from './category-name';
import {
  ArticleCategoriesQuery,
  ArticleQuery,
  CreateArticleMutation,
  UpdateArticleMutation,
} from './knowledge.operations';
import { Markdown } from './Markdown';
import './knowledge.css';

/** Fields the editor can mark invalid (the server names them in BAD_USER_INPUT). */
const EDITOR_FIELDS = ['slug', 'locale', 'title', 'body', 'categoryId'] as const;
type EditorField = (typeof EDITOR_FIELDS)[number];

/** What the editor holds. */
interface ArticleDraft {
  slug: string;
  locale: Locale;
  title: string;
  body: string;
  categoryId: string;
  status: ArticleStatus;
}

function draftOf(article: ArticleDetailFragment): ArticleDraft {
  return {
    slug: article.slug,
    locale: article.locale,
    title: article.title,
    body: article.body,
    categoryId: article.category?.id ?? '',
    status: article.status,
  };
}

/** /kb/:id/edit: loads the article, then edits it. */
export function EditArticlePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { data, loading, error, refetch } = useQuery(ArticleQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.article) {
    if (loading) return <Loading />;
    return <p className="empty">{t('knowledge.notFound')}</p>;
  }
  return <ArticleEditor key={data.article.id} article={data.article} reload={refetch} />;
}

/** /kb/new: a new article; `?slug=&locale=` starts a translation. */
export function NewArticlePage() {
  const [params] = useSearchParams();
  return (
    <ArticleEditor
      article={null}
      initialSlug={params.get('slug') ?? ''}
      initialLocale={params.get('locale') === Locale.En ? Locale.En : Locale.Ja}
    />
  );
}

/** Props of ArticleEditor. */
interface ArticleEditorProps {
  /** The article to edit; null writes a new one. */
  article: ArticleDetailFragment | null;
  initialSlug?: string;
  initialLocale?: Locale;
  /** Reloads the article after a conflict. */
  reload?: () => Promise<unknown>;
}

/**
 * Writes or edits an article (engineers and admins): Markdown in a
 * textarea with a live, sanitised preview. An edit states the version it
 * read; when someone else saved first, the article reloads and the text
 * typed here is kept on screen to copy.
 */
function ArticleEditor({
  article,
  initialSlug = '',
  initialLocale = Locale.Ja,
  reload,
}: ArticleEditorProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ArticleDraft>(
    article
      ? draftOf(article)
      : {
          slug: initialSlug,
          locale: initialLocale,
          title: '',
          body: '',
          categoryId: '',
          status: ArticleStatus.Draft,
        },
  );
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [invalid, setInvalid] = useState<EditorField | null>(null);
  const categories = useQuery(ArticleCategoriesQuery).data?.articleCategories ?? [];
  const [create, creating] = useMutation(CreateArticleMutation);
  const [update, updating] = useMutation(UpdateArticleMutation);
  const busy = creating.loading || updating.loading;
  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const missing = (['slug', 'title', 'body'] as const).find((key) => !draft[key].trim());
    setInvalid(missing ?? null);
    if (missing) return;
    try {
      const categoryId = draft.categoryId || undefined;
      const saved = article
        ? (
            await update({
              variables: {
                input: {
                  id: article.id,
                  expectedVersion: article.version,
                  title: draft.title,
                  body: draft.body,
                  categoryId,
                  status: draft.status,
                },
              },
            })
          ).data?.updateArticle
        : (
            await create({
              variables: { input: { ...draft, slug: draft.slug.trim(), categoryId } },
            })
          ).data?.createArticle;
      if (saved) navigate(`/kb/${saved.id}`);
    } catch (caught) {
      const apiError = toApiError(caught);
      const field = EDITOR_FIELDS.find((name) => name === apiError.field);
      if (apiError.code === ErrorCode.BAD_USER_INPUT && field) setInvalid(field);
      setFailure(apiError);
      if (apiError.code === ErrorCode.CONFLICT) void reload?.();
    }
  }

  const errorOf = (field: EditorField) =>
    invalid === field ? t(`knowledge.error.${field}`) : null;
  return (
    <section className="kb-editor" data-testid="kb-editor">
      <Link to={article ? `/kb/${article.id}` : '/kb'} className="back-link">
        {t('knowledge.back')}
      </Link>
      <h1>{article ? t('knowledge.editTitle') : t('knowledge.newArticle')}</h1>
      <form onSubmit={save} noValidate>
        <div className="form-grid">
          <Field
            id="kb-slug"
            label={t('knowledge.slug')}
            hint={t('knowledge.slugHint')}
            error={errorOf('slug')}
            required
          >
            {(control) => (
              <input
                {...control}
                data-testid="kb-slug"
                value={draft.slug}
                disabled={article !== null}
                onChange={(event) => set('slug', event.target.value)}
              />
            )}
          </Field>
          <Field id="kb-locale" label={t('knowledge.language')}>
            {(control) => (
              <select
                {...control}
                data-testid="kb-locale"
                value={draft.locale}
                disabled={article !== null}
                onChange={(event) => set('locale', event.target.value as Locale)}
              >
                <option value={Locale.Ja}>{t('language.ja')}</option>
                <option value={Locale.En}>{t('language.en')}</option>
              </select>
            )}
          </Field>
          <Field id="kb-category" label={t('knowledge.category')}>
            {(control) => (
              <select
                {...control}
                data-testid="kb-category"
                value={draft.categoryId}
                onChange={(event) => set('categoryId', event.target.value)}
              >
                <option value="">{t('knowledge.noCategory')}</option>
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {categoryName(category, i18n.resolvedLanguage)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="kb-status" label={t('knowledge.statusLabel')}>
            {(control) => (
              <select
                {...control}
                data-testid="kb-status"
                value={draft.status}
                onChange={(event) => set('status', event.target.value as ArticleStatus)}
              >
                <option value={ArticleStatus.Draft}>{t('knowledge.status.DRAFT')}</option>
                <option value={ArticleStatus.Published}>{t('knowledge.status.PUBLISHED')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field id="kb-title" label={t('knowledge.titleLabel')} error={errorOf('title')} required>
          {(control) => (
            <input
              {...control}
              data-testid="kb-title"
              value={draft.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <div className="kb-editor-columns">
          <Field
            id="kb-body"
            label={t('knowledge.body')}
            hint={t('knowledge.bodyHint')}
            error={errorOf('body')}
            required
          >
            {(control) => (
              <textarea
                {...control}
                rows={20}
                className="mono"
                data-testid="kb-body"
                value={draft.body}
                onChange={(event) => set('body', event.target.value)}
              />
            )}
          </Field>
          <section className="kb-preview" aria-labelledby="kb-preview-title">
            <h2 id="kb-preview-title" className="field-label">
              {t('knowledge.preview')}
            </h2>
            <div className="card" data-testid="kb-preview">
              <Markdown source={draft.body || t('knowledge.previewEmpty')} />
            </div>
          </section>
        </div>
        {failure &&
          (failure.code === ErrorCode.CONFLICT ? (
            <p className="alert alert-warning" role="alert">
              {t('knowledge.conflict')}
            </p>
          ) : (
            <ErrorAlert error={failure} />
          ))}
        <div className="form-buttons">
          <button
            type="submit"
            className="button button-primary"
            data-testid="kb-save"
            disabled={busy}
          >
            {busy ? t('knowledge.saving') : t('knowledge.save')}
          </button>
          {article && (
            <Link
              to={`/kb/new?slug=${encodeURIComponent(article.slug)}&locale=${
                article.locale === Locale.Ja ? Locale.En : Locale.Ja
              }`}
              className="button button-quiet"
            >
              {t('knowledge.translate')}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}
