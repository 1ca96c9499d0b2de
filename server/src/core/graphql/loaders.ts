import type DataLoader from 'dataloader';
import type { Database } from '../database/database';
import type { Attachment } from '../../modules/attachment/attachment.entity';
import { createAttachmentsByCommentLoader } from '../../modules/attachment/attachments-by-comment.loader';
import { createAttachmentsByTicketLoader } from '../../modules/attachment/attachments-by-ticket.loader';
import { isAgent, type Viewer } from '../../modules/auth/viewer';
import { createOrganisationLoader } from '../../modules/organisation/organisation.loader';
import type { Organisation } from '../../modules/organisation/organisation.entity';
import { createSatisfactionByTicketLoader } from '../../modules/survey/satisfaction-by-ticket.loader';
import type { SurveyInvitationRecord } from '../../modules/survey/survey-invitation.entity';
import { createCommentsByTicketLoader } from '../../modules/ticket/comments-by-ticket.loader';
import type { Comment } from '../../modules/ticket/comment.entity';
import { createHistoryByTicketLoader } from '../../modules/ticket/history-by-ticket.loader';
import type { HistoryEntry } from '../../modules/ticket/history-entry.entity';
import { createUserLoader } from '../../modules/user/user.loader';
import { createFollowersByTicketLoader } from '../../modules/search/followers-by-ticket.loader';
import {
  createArticleCategoryLoader,
  createArticlesBySlugLoader,
} from '../../modules/knowledge/knowledge-loaders';
import type { Article } from '../../modules/knowledge/article.entity';
import type { ArticleCategory } from '../../modules/knowledge/article-category.entity';
import {
  createCommentsByIdeaLoader,
  createIdeaByTicketLoader,
  createTicketIdsByIdeaLoader,
  createViewerVotesLoader,
} from '../../modules/ideas/idea-loaders';
import type { Idea } from '../../modules/ideas/idea.entity';
import type { IdeaComment } from '../../modules/ideas/idea-comment.entity';
import type { User } from '../../modules/user/user.entity';

/** The DataLoaders of one request or one subscription event. */
export interface Loaders {
  user: DataLoader<number, User | null>;
  organisation: DataLoader<number, Organisation | null>;
  commentsByTicket: DataLoader<number, Comment[]>;
  historyByTicket: DataLoader<number, HistoryEntry[]>;
  attachmentsByTicket: DataLoader<number, Attachment[]>;
  attachmentsByComment: DataLoader<number, Attachment[]>;
  /** Answered surveys; read for agents only. */
  satisfactionByTicket: DataLoader<number, SurveyInvitationRecord | null>;
  /** User ids of the customers following each ticket. */
  followersByTicket: DataLoader<number, number[]>;
  articleCategory: DataLoader<number, ArticleCategory | null>;
  /** The language versions of an article slug the viewer may read. */
  articlesBySlug: DataLoader<string, Article[]>;
  /** The idea a ticket is linked to. */
  ideaByTicket: DataLoader<number, Idea | null>;
  ticketIdsByIdea: DataLoader<number, number[]>;
  commentsByIdea: DataLoader<number, IdeaComment[]>;
  /** Whether the viewer voted for each idea. */
  viewerVotes: DataLoader<number, boolean>;
}

/** Fresh loaders for this viewer: caches never outlive a request or an event. */
export function createLoaders(db: Database, viewer: Viewer | null): Loaders {
  return {
    user: createUserLoader(db),
    organisation: createOrganisationLoader(db),
    commentsByTicket: createCommentsByTicketLoader(db, viewer !== null && isAgent(viewer)),
    historyByTicket: createHistoryByTicketLoader(db),
    attachmentsByTicket: createAttachmentsByTicketLoader(db, viewer !== null && isAgent(viewer)),
    attachmentsByComment: createAttachmentsByCommentLoader(db, viewer !== null && isAgent(viewer)),
    satisfactionByTicket: createSatisfactionByTicketLoader(db),
    followersByTicket: createFollowersByTicketLoader(db),
    articleCategory: createArticleCategoryLoader(db),
    articlesBySlug: createArticlesBySlugLoader(db, viewer !== null && isAgent(viewer)),
    ideaByTicket: createIdeaByTicketLoader(db),
    ticketIdsByIdea: createTicketIdsByIdeaLoader(db),
    commentsByIdea: createCommentsByIdeaLoader(db),
    viewerVotes: createViewerVotesLoader(db, viewer?.user?.id ?? null),
  };
}
