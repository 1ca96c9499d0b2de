import { SearchDocType, UNSCOPED } from '../search/search-document-type';
import type { SearchSource } from '../search/search-index';
import { unindexedIds } from '../search/unindexed-ids';
import { Article } from './article.entity';
import { markdownToText } from './markdown-text';

/** Articles for the search index: title and the readable text of the body, drafts included. */
export const articleSearchSource: SearchSource = {
  docType: SearchDocType.ARTICLE,
  async load(manager, docId) {
    const article = await manager.findOneBy(Article, { id: docId });
    if (!article) return null;
    return {
      docType: SearchDocType.ARTICLE,
      docId: article.id,
      scope: UNSCOPED,
      title: article.title,
      body: markdownToText(article.body),
    };
  },
  unindexed: (manager, limit) => unindexedIds(manager, Article, SearchDocType.ARTICLE, limit),
};
