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
  };
}
