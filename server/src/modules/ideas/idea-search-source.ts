import { SearchDocType, UNSCOPED } from '../search/search-document-type';
import type { SearchSource } from '../search/search-index';
import { unindexedIds } from '../search/unindexed-ids';
import { Idea } from './idea.entity';

/** Ideas for the search index: title and description, visible to everyone logged in. */
export const ideaSearchSource: SearchSource = {
  docType: SearchDocType.IDEA,
  async load(manager, docId) {
    const idea = await manager.findOneBy(Idea, { id: docId });
    if (!idea) return null;
    return {
      docType: SearchDocType.IDEA,
      docId: idea.id,
      scope: UNSCOPED,
      title: idea.title,
      body: idea.description,
    };
  },
  unindexed: (manager, limit) => unindexedIds(manager, Idea, SearchDocType.IDEA, limit),
};
