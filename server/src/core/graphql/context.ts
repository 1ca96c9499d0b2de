import { randomUUID } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type { AttachmentService } from '../../modules/attachment/attachment.service';
import type { AuthService } from '../../modules/auth/auth.service';
import type { MailQueue } from '../../modules/mail/mail-queue';
import type { Viewer } from '../../modules/auth/viewer';
import type { ServiceLevelService } from '../../modules/service-level/service-level.service';
import type { PresenceService } from '../../modules/presence/presence.service';
import type { SurveyService } from '../../modules/survey/survey.service';
import type { OrganisationService } from '../../modules/organisation/organisation.service';
import type { UserAdminService } from '../../modules/user/user-admin.service';
import type { TicketIntakeService } from '../../modules/ticket/ticket-intake.service';
import type { TicketLifecycleService } from '../../modules/ticket/ticket-lifecycle.service';
import type { SearchIndex } from '../../modules/search/search-index';
import type { TicketFollowService } from '../../modules/search/ticket-follow.service';
import type { KnowledgeService } from '../../modules/knowledge/knowledge.service';
import type { ArticleViewService } from '../../modules/knowledge/article-views';
import type { IdeaService } from '../../modules/ideas/idea.service';
import type { IdeaEngagementService } from '../../modules/ideas/idea-engagement.service';
import type { IdeaEventBus } from '../../modules/ideas/idea-events';
import { TicketQueries } from '../../modules/ticket/ticket-queries';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventBus } from '../events/event-bus';
import type { EventTopics } from '../events/event-topics';
import type { AppLogger } from '../logging/logger';
import type { LiveConnections } from '../realtime/live-connections';
import type { Metrics } from '../observability/metrics';
import type { RateLimitPolicy } from '../security/limits';
import type { RateLimiter } from '../security/rate-limiter';
import { createLoaders, type Loaders } from './loaders';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'sc_session';

/** Long-lived parts of the application that every request uses. */
export interface AppServices {
  db: Database;
  clock: Clock;
  bus: EventBus;
  /** The bus's ticket events by ticket and organisation, for subscriptions. */
  topics: EventTopics;
  logger: AppLogger;
  auth: AuthService;
  intake: TicketIntakeService;
  serviceLevels: ServiceLevelService;
  users: UserAdminService;
  presence: PresenceService;
  organisations: OrganisationService;
  lifecycle: TicketLifecycleService;
  /** Outgoing email: ticket events to queued messages to SMTP or .eml files. */
  mail: MailQueue;
  /** Satisfaction surveys behind one-time links. */
  surveys: SurveyService;
  /** Uploads, downloads and who may read a file. */
  attachments: AttachmentService;
  /** The search index: written in the transaction of each indexed change. */
  search: SearchIndex;
  /** Customers following colleagues' tickets (the duplicate check's way out). */
  follows: TicketFollowService;
  /** Writing the knowledge base. */
  knowledge: KnowledgeService;
  /** Article views and the deflection report. */
  articleViews: ArticleViewService;
  /** Posting ideas, their status, and ticket links. */
  ideas: IdeaService;
  /** Votes and comments on ideas. */
  ideaEngagement: IdeaEngagementService;
  /** Live idea events, published after commit. */
  ideaEvents: IdeaEventBus;
  /** Per-account and per-address counters (logins, mutations) and their budgets. */
  limiter: RateLimiter;
  rateLimits: RateLimitPolicy;
  /** Prometheus metrics of this process. */
  metrics: Metrics;
  /** Open WebSocket connections, to end them when credentials are withdrawn. */
  connections: LiveConnections;
  /** Cookies are marked Secure (production behind HTTPS). */
  secureCookies: boolean;
}

/** Sets and clears the session cookie; only HTTP requests have one. */
export interface CookieJar {
  setSession(secret: string, expiresAt: Date): void;
  clearSession(): void;
}

/** What every resolver receives, for HTTP requests and WebSocket operations alike. */
export interface RequestContext extends AppServices {
  requestId: string;
  viewer: Viewer | null;
  /** The session cookie's secret, when the request carried one. */
  sessionSecret: string | undefined;
  loaders: Loaders;
  /** Ticket reads scoped to the viewer. */
  tickets: TicketQueries;
  cookies: CookieJar | null;
  /** The caller's network address, for per-address limits. */
  clientAddress: string;
  logger: AppLogger;
}

/** Raw credentials of a request or connection. */
export interface ContextInput {
  cookieHeader: string | undefined;
  /** `Bearer <token>` from the Authorization header or connection_init payload. */
  authorization: string | undefined;
  cookies: CookieJar | null;
  clientAddress: string;
  /** Reuse an id (a WebSocket connection's) or make a new one. */
  requestId?: string;
}

function bearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1];
}

/**
 * The one context factory, used by HTTP and WebSocket: authenticates the
 * credentials and gives fresh, viewer-scoped loaders and queries.
 */
export async function createContext(
  app: AppServices,
  input: ContextInput,
): Promise<RequestContext> {
  const sessionSecret = parseCookies(input.cookieHeader ?? '')[SESSION_COOKIE] || undefined;
  const viewer = await app.auth.authenticate({
    sessionSecret,
    bearerToken: bearer(input.authorization),
  });
  return contextFor(app, viewer, {
    requestId: input.requestId ?? randomUUID(),
    sessionSecret,
    cookies: input.cookies,
    clientAddress: input.clientAddress,
  });
}

/** What a context keeps of its own; the rest comes from its prototype. */
interface OwnFields {
  requestId: string;
  viewer: Viewer | null;
  sessionSecret: string | undefined;
  tickets: TicketQueries;
  cookies: CookieJar | null;
  clientAddress: string;
  made?: { logger?: AppLogger; loaders?: Loaders };
}

const prototypes = new WeakMap<AppServices, object>();

/**
 * The prototype of every context of one application: its services, and
 * a logger and loaders made on first use by each context.
 */
function contextPrototype(app: AppServices): object {
  let prototype = prototypes.get(app);
  if (!prototype) {
    prototype = Object.create(app, {
      logger: {
        get(this: OwnFields) {
          this.made ??= {};
          return (this.made.logger ??= app.logger.child({
            requestId: this.requestId,
            userId: this.viewer?.user?.id,
          }));
        },
      },
      loaders: {
        get(this: OwnFields) {
          this.made ??= {};
          return (this.made.loaders ??= createLoaders(app.db, this.viewer));
        },
        set(this: OwnFields, loaders: Loaders) {
          this.made ??= {};
          this.made.loaders = loaders;
        },
      },
    }) as object;
    prototypes.set(app, prototype);
  }
  return prototype;
}

/**
 * A context for a known viewer: also used per subscription and per
 * subscription event. The application's services come from its prototype
 * instead of being copied, and its logger and loaders are made when first
 * used: a WebSocket subscription holds its context for hours, ten
 * thousand at once.
 */
export function contextFor(
  app: AppServices,
  viewer: Viewer | null,
  extra: {
    requestId: string;
    clientAddress: string;
    sessionSecret?: string;
    cookies?: CookieJar | null;
  },
): RequestContext {
  const own: OwnFields = {
    requestId: extra.requestId,
    viewer,
    sessionSecret: extra.sessionSecret,
    tickets: new TicketQueries(app.db, viewer),
    cookies: extra.cookies ?? null,
    clientAddress: extra.clientAddress,
  };
  return Object.assign(Object.create(contextPrototype(app)) as object, own) as RequestContext;
}
