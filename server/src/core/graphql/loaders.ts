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

/**
 * Fresh loaders for this viewer: caches never outlive a request or an
 * event. Each loader is made when first used: a WebSocket subscription
 * holds a context for hours and most requests use two or three loaders.
 */
class RequestLoaders implements Loaders {
  private made: Partial<Loaders> = {};
  private readonly agent: boolean;

  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null,
  ) {
    this.agent = viewer !== null && isAgent(viewer);
  }

  get user() {
    return (this.made.user ??= createUserLoader(this.db));
  }
  get organisation() {
    return (this.made.organisation ??= createOrganisationLoader(this.db));
  }
  get commentsByTicket() {
    return (this.made.commentsByTicket ??= createCommentsByTicketLoader(this.db, this.agent));
  }
  get historyByTicket() {
    return (this.made.historyByTicket ??= createHistoryByTicketLoader(this.db));
  }
  get attachmentsByTicket() {
    return (this.made.attachmentsByTicket ??= createAttachmentsByTicketLoader(this.db, this.agent));
  }
  get attachmentsByComment() {
    return (this.made.attachmentsByComment ??= createAttachmentsByCommentLoader(
      this.db,
      this.agent,
    ));
  }
  get satisfactionByTicket() {
    return (this.made.satisfactionByTicket ??= createSatisfactionByTicketLoader(this.db));
  }
  get followersByTicket() {
    return (this.made.followersByTicket ??= createFollowersByTicketLoader(this.db));
  }
  get articleCategory() {
    return (this.made.articleCategory ??= createArticleCategoryLoader(this.db));
  }
  get articlesBySlug() {
    return (this.made.articlesBySlug ??= createArticlesBySlugLoader(this.db, this.agent));
  }
  get ideaByTicket() {
    return (this.made.ideaByTicket ??= createIdeaByTicketLoader(this.db));
  }
  get ticketIdsByIdea() {
    return (this.made.ticketIdsByIdea ??= createTicketIdsByIdeaLoader(this.db));
  }
  get commentsByIdea() {
    return (this.made.commentsByIdea ??= createCommentsByIdeaLoader(this.db));
  }
  get viewerVotes() {
    return (this.made.viewerVotes ??= createViewerVotesLoader(
      this.db,
      this.viewer?.user?.id ?? null,
    ));
  }
}

/** Fresh loaders for this viewer, each made on first use. */
export function createLoaders(db: Database, viewer: Viewer | null): Loaders {
  return new RequestLoaders(db, viewer);
}
