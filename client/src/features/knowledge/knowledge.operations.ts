import { graphql } from '../../gql';

/** An article as lists show it. */
export const ArticleRowFragment = graphql(`
  fragment ArticleRow on Article {
    id
    slug
    locale
    title
    status
    excerpt
    updatedAt
    category {
      id
    }
  }
`);

/** Everything the article page and the editor show. */
export const ArticleDetailFragment = graphql(`
  fragment ArticleDetail on Article {
    ...ArticleRow
    body
    version
    publishedAt
    authorName
    category {
      id
      slug
      nameEn
      nameJa
    }
    translations {
      id
      locale
      title
    }
  }
`);

/** The knowledge base: categories and articles (drafts for agents only). */
export const KnowledgeBaseQuery = graphql(`
  query KnowledgeBase($filter: ArticleFilter, $first: Int) {
    articleCategories {
      id
      slug
      nameEn
      nameJa
      position
    }
    articles(filter: $filter, first: $first) {
      ...ArticleRow
    }
  }
`);

/** One article. */
export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleDetail
    }
    articleCategories {
      id
      nameEn
      nameJa
    }
  }
`);

/** The categories, for the editor. */
export const ArticleCategoriesQuery = graphql(`
  query ArticleCategories {
    articleCategories {
      id
      nameEn
      nameJa
    }
  }
`);

/** Articles containing all of the text, best first. */
export const SearchArticlesQuery = graphql(`
  query SearchArticles($input: SearchArticlesInput!) {
    searchArticles(input: $input) {
      score
      article {
        ...ArticleRow
      }
      highlights {
        start
        end
        field
        item
      }
      snippet {
        text
        highlights {
          start
          end
        }
      }
    }
  }
`);

/** Articles matching what a customer types into a new ticket. */
export const SuggestArticlesQuery = graphql(`
  query SuggestArticles($text: String!, $locale: Locale!, $first: Int!) {
    suggestArticles(text: $text, locale: $locale, first: $first) {
      score
      article {
        id
        title
        locale
      }
      highlights {
        start
        end
        field
        item
      }
      snippet {
        text
        highlights {
          start
          end
        }
      }
    }
  }
`);

/** Records that an article was opened (INTAKE views feed the deflection report). */
export const RecordArticleViewMutation = graphql(`
  mutation RecordArticleView($input: RecordArticleViewInput!) {
    recordArticleView(input: $input)
  }
`);

/** Writes an article. */
export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      ...ArticleDetail
    }
  }
`);

/** Edits, publishes or withdraws an article, stating the version read. */
export const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      ...ArticleDetail
    }
  }
`);

/** Intake views and deflections over a period. */
export const DeflectionReportQuery = graphql(`
  query DeflectionReport($from: DateTime!, $to: DateTime!) {
    deflectionReport(from: $from, to: $to) {
      from
      to
      views
      pending
      deflections
      rate
      articles {
        articleId
        title
        views
        deflections
      }
    }
  }
`);
