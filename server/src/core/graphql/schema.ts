import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import {
  AttachmentResolver,
  CommentAttachmentsResolver,
  TicketAttachmentsResolver,
} from '../../modules/attachment/attachment.resolver';
import { ApiTokenResolver, AuthResolver } from '../../modules/auth/auth.resolver';
import { OrganisationResolver } from '../../modules/organisation/organisation.resolver';
import { CommentResolver, HistoryEntryResolver } from '../../modules/ticket/comment.resolver';
import {
  OrganisationCalendarResolver,
  ServiceLevelResolver,
} from '../../modules/service-level/service-level.resolver';
import { PresenceResolver } from '../../modules/presence/presence.resolver';
import { SurveyResolver, TicketSatisfactionResolver } from '../../modules/survey/survey.resolver';
import { TicketEventsResolver } from '../../modules/ticket/ticket-events.resolver';
import { TicketConnectionResolver, TicketResolver } from '../../modules/ticket/ticket.resolver';
import { UserAdminResolver } from '../../modules/user/user-admin.resolver';
import { UserResolver } from '../../modules/user/user.resolver';
import { DuplicatesResolver } from '../../modules/search/duplicates.resolver';
import { SearchResolver } from '../../modules/search/search.resolver';
import { KnowledgeResolver } from '../../modules/knowledge/knowledge.resolver';
import { IdeaCommentResolver, IdeaResolver } from '../../modules/ideas/idea.resolver';
import { IdeaLinkResolver } from '../../modules/ideas/idea-link.resolver';
import { accessGuard } from './access';
import type { RequestContext } from './context';
import { registerEnums } from './enums';

/** Every resolver class of the API. */
export const RESOLVERS = [
  AuthResolver,
  ApiTokenResolver,
  UserResolver,
  UserAdminResolver,
  OrganisationResolver,
  TicketResolver,
  TicketConnectionResolver,
  CommentResolver,
  HistoryEntryResolver,
  TicketEventsResolver,
  PresenceResolver,
  ServiceLevelResolver,
  OrganisationCalendarResolver,
  SurveyResolver,
  TicketSatisfactionResolver,
  AttachmentResolver,
  TicketAttachmentsResolver,
  CommentAttachmentsResolver,
  SearchResolver,
  DuplicatesResolver,
  KnowledgeResolver,
  IdeaResolver,
  IdeaCommentResolver,
  IdeaLinkResolver,
] as const;

let enumsRegistered = false;

/**
 * Builds the executable schema. Inputs are validated with class-validator;
 * instants use the `DateTime` scalar (ISO 8601, UTC). `emitSchemaFile`
 * writes the SDL that the repository keeps and the client generates from.
 */
export async function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  if (!enumsRegistered) {
    registerEnums();
    enumsRegistered = true;
  }
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    // type-graphql insists on a pubSub even though every subscription here
    // brings its own `subscribe` (replay, then the event bus); it stays unused.
    pubSub: createPubSub(),
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
  return guardRootFields(schema);
}

/**
 * Runs the access guard before every root field, and only there. As a
 * type-graphql global middleware it wrapped every field of every result,
 * where it does nothing, and turned each scalar into an async middleware
 * chain: about 60% of the CPU of delivering a subscription event (see
 * `npm run bench`). Nested fields are reached only through a root field,
 * whose check has passed.
 */
function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const root of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) =>
        accessGuard({ root: source, args, context, info }, async () =>
          resolve(source, args, context, info),
        );
    }
  }
  return schema;
}
