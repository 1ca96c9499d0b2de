import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
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
import { accessGuard } from './access';
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
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [accessGuard],
    // type-graphql insists on a pubSub even though every subscription here
    // brings its own `subscribe` (replay, then the event bus); it stays unused.
    pubSub: createPubSub(),
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}
