import { Attachment } from '../../modules/attachment/attachment.entity';
import { ApiToken } from '../../modules/auth/api-token.entity';
import { MailMessage } from '../../modules/mail/mail-message.entity';
import { Session } from '../../modules/auth/session.entity';
import { Holiday } from '../../modules/service-level/holiday.entity';
import { PlanTarget } from '../../modules/service-level/plan-target.entity';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { Comment } from '../../modules/ticket/comment.entity';
import { HistoryEntry } from '../../modules/ticket/history-entry.entity';
import { SurveyInvitationRecord } from '../../modules/survey/survey-invitation.entity';
import { Ticket } from '../../modules/ticket/ticket.entity';
import { UserInvitation } from '../../modules/user/user-invitation.entity';
import { User } from '../../modules/user/user.entity';
import { TicketEventRecord } from '../events/ticket-event.entity';
import { Counter } from './counter.entity';
import { Article } from '../../modules/knowledge/article.entity';
import { ArticleCategory } from '../../modules/knowledge/article-category.entity';
import { ArticleView } from '../../modules/knowledge/article-view.entity';
import { Idea } from '../../modules/ideas/idea.entity';
import { IdeaComment } from '../../modules/ideas/idea-comment.entity';
import { IdeaTicketLink } from '../../modules/ideas/idea-ticket-link.entity';
import { IdeaVote } from '../../modules/ideas/idea-vote.entity';
import { SearchDocument } from '../../modules/search/search-document.entity';
import { SearchTerm } from '../../modules/search/search-term.entity';
import { TicketFollower } from '../../modules/search/ticket-follower.entity';

/** Every entity of the schema; migrations must match exactly these. */
export const ENTITIES = [
  Organisation,
  User,
  UserInvitation,
  Session,
  ApiToken,
  Ticket,
  Comment,
  HistoryEntry,
  TicketEventRecord,
  Counter,
  PlanTarget,
  Holiday,
  MailMessage,
  SurveyInvitationRecord,
  Attachment,
  SearchTerm,
  SearchDocument,
  TicketFollower,
  ArticleCategory,
  Article,
  ArticleView,
  Idea,
  IdeaVote,
  IdeaComment,
  IdeaTicketLink,
];
