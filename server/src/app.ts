import 'reflect-metadata';
import path from 'node:path';
import { systemClock, type Clock } from './core/clock/clock';
import type { AppConfig } from './core/config/config';
import { Database } from './core/database/database';
import { databaseTarget } from './core/database/data-source';
import { migrate } from './core/database/migrate';
import { channelName, createEventBus } from './core/events/create-event-bus';
import { RedisChannel } from './core/events/redis-channel';
import { Metrics } from './core/observability/metrics';
import { EventRelay } from './core/events/event-relay';
import { EventTopics } from './core/events/event-topics';
import type { AppServices } from './core/graphql/context';
import { createSchema } from './core/graphql/schema';
import { startHttpServer } from './core/http/server';
import { createLogger, type AppLogger } from './core/logging/logger';
import { LiveConnections } from './core/realtime/live-connections';
import { RateLimiter } from './core/security/rate-limiter';
import { AttachmentLinker } from './modules/attachment/attachment-linker';
import { AttachmentService } from './modules/attachment/attachment.service';
import { LocalDiskStorage } from './modules/attachment/local-disk-storage';
import { AuthService } from './modules/auth/auth.service';
import { MailQueue } from './modules/mail/mail-queue';
import { ServiceLevelService } from './modules/service-level/service-level.service';
import { SlaScheduler } from './modules/service-level/sla-scheduler';
import { PresenceService } from './modules/presence/presence.service';
import { OrganisationService } from './modules/organisation/organisation.service';
import { SurveyService } from './modules/survey/survey.service';
import { UserAdminService } from './modules/user/user-admin.service';
import { TicketIntakeService } from './modules/ticket/ticket-intake.service';
import { TicketLifecycleService } from './modules/ticket/ticket-lifecycle.service';
import { seedDemoData } from './seed/demo-seed';
import { SearchIndex } from './modules/search/search-index';
import { backfillSearchIndex } from './modules/search/search-backfill';
import { ticketSearchSource } from './modules/search/ticket-search-source';
import { TicketFollowService } from './modules/search/ticket-follow.service';
import { articleSearchSource } from './modules/knowledge/article-search-source';
import { KnowledgeService } from './modules/knowledge/knowledge.service';
import { ArticleViewService } from './modules/knowledge/article-views';
import { ideaSearchSource } from './modules/ideas/idea-search-source';
import { IdeaEventBus } from './modules/ideas/idea-events';
import { IdeaService } from './modules/ideas/idea.service';
import { IdeaEngagementService } from './modules/ideas/idea-engagement.service';

/** A started console: its URL, its services (for tests) and a way to stop it. */
export interface RunningApp {
  url: string;
  port: number;
  services: AppServices;
  /** The service-level scheduler; tests call `check()` after moving their clock. */
  scheduler: SlaScheduler;
  close(): Promise<void>;
}

/** Replacements for tests: a controllable clock, a quiet logger. */
export interface AppOverrides {
  clock?: Clock;
  logger?: AppLogger;
}

/**
 * Starts the whole console: migrates the database, seeds demo data into an
 * empty one (unless turned off), starts the event relay and serves HTTP and
 * WebSocket on one port. Throws, having released what it opened, when any
 * step fails.
 */
export async function startApp(
  config: AppConfig,
  overrides: AppOverrides = {},
): Promise<RunningApp> {
  const logger =
    overrides.logger ??
    createLogger({ level: config.logLevel, pretty: config.nodeEnv === 'development' });
  const clock = overrides.clock ?? systemClock;
  const db = await Database.open(databaseTarget(config.databaseUrl, config.dataDir));
  const bus = await createEventBus(config.redisUrl, db.target, logger).catch(async (error) => {
    await db.close();
    throw error;
  });
  const relay = new EventRelay(() => db.reader, bus, logger.child({ category: 'event-relay' }));
  const connections = new LiveConnections();
  const search = new SearchIndex(clock);
  for (const source of [ticketSearchSource, articleSearchSource, ideaSearchSource]) {
    search.register(source);
  }
  const ideaChannel = config.redisUrl
    ? await RedisChannel.connect(config.redisUrl, channelName('ideas', db.target), logger).catch(
        async (error: unknown) => {
          await bus.close();
          await db.close();
          throw error;
        },
      )
    : null;
  const ideaEvents = new IdeaEventBus(ideaChannel, logger);
  const metrics = new Metrics(() => connections.size);
  bus.subscribe((message) =>
    metrics.eventLag.observe((Date.now() - Date.parse(message.at)) / 1000),
  );
  const serviceLevels = new ServiceLevelService(clock);
  const scheduler = new SlaScheduler(
    db,
    clock,
    serviceLevels,
    relay,
    logger.child({ category: 'sla' }),
  );
  const mail = new MailQueue(db, clock, bus, logger, {
    smtpUrl: config.smtpUrl,
    dataDir: config.dataDir,
    publicUrl: config.publicUrl,
    from: config.mailFrom,
  });
  try {
    await migrate(db, logger);
    const auth = new AuthService(db, clock, config.sessionTtlHours * 3600_000, connections);
    const linker = new AttachmentLinker(config.attachmentMaxPerTicket);
    const services: AppServices = {
      db,
      clock,
      bus,
      topics: new EventTopics(bus),
      logger,
      connections,
      metrics,
      limiter: new RateLimiter(clock),
      rateLimits: config.rateLimits,
      auth,
      users: new UserAdminService(db, clock, auth, connections),
      organisations: new OrganisationService(db, clock),
      presence: new PresenceService(clock),
      serviceLevels,
      intake: new TicketIntakeService(db, clock, relay, serviceLevels, linker, search),
      lifecycle: new TicketLifecycleService(db, clock, relay, serviceLevels, linker),
      search,
      follows: new TicketFollowService(db, clock),
      knowledge: new KnowledgeService(db, clock, search),
      articleViews: new ArticleViewService(db, clock),
      ideas: new IdeaService(db, clock, search, ideaEvents),
      ideaEngagement: new IdeaEngagementService(db, clock, ideaEvents),
      ideaEvents,
      mail,
      surveys: new SurveyService(db, clock),
      attachments: new AttachmentService(
        db,
        clock,
        new LocalDiskStorage(path.join(config.dataDir, 'attachments')),
        { maxBytes: config.attachmentMaxBytes, maxPerTicket: config.attachmentMaxPerTicket },
      ),
      secureCookies: config.nodeEnv === 'production',
    };
    // Demo history is made up: it sends no mail.
    if (config.seedDemoData) await mail.dispatcher.withoutMail(() => seedDemoData(services));
    // Rows written before search existed (or by tools that skip it) get indexed now.
    await backfillSearchIndex(db, search, logger);
    await relay.start();
    mail.start();
    await scheduler.start();
    const schema = await createSchema();
    const http = await startHttpServer(schema, services, {
      port: config.port,
      host: config.host,
      clientDistDir: config.clientDistDir,
      production: config.nodeEnv === 'production',
      allowedOrigins: config.allowedOrigins,
    });
    logger.info({ category: 'http', url: http.url, database: db.target.dialect }, 'console ready');
    return {
      url: http.url,
      port: http.port,
      services,
      scheduler,
      async close() {
        await http.close();
        await scheduler.stop();
        await mail.stop();
        services.presence.close();
        await ideaEvents.close();
        await relay.stop();
        await bus.close();
        await db.close();
      },
    };
  } catch (error) {
    await scheduler.stop();
    await mail.stop();
    await relay.stop();
    await ideaEvents.close();
    await bus.close();
    await db.close();
    throw error;
  }
}
