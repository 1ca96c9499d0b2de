import { registerEnumType } from 'type-graphql';
import {
  ApiTokenScope,
  HistoryKind,
  PresenceActivity,
  InstanceEnvironment,
  Locale,
  Resolution,
  Role,
  SupportPlan,
  TicketAction,
  TicketEventKind,
  TicketState,
  TicketType,
} from '@support/shared';

/** Registers the shared enums as GraphQL enums, once, before the schema builds. */
export function registerEnums(): void {
  registerEnumType(ApiTokenScope, {
    name: 'ApiTokenScope',
    description: 'What an API token may do.',
  });
  registerEnumType(PresenceActivity, {
    name: 'PresenceActivity',
    description: 'What an agent is doing on a ticket.',
  });
  registerEnumType(Role, { name: 'Role', description: 'What a user is to support.' });
  registerEnumType(TicketType, { name: 'TicketType', description: 'Request type of a ticket.' });
  registerEnumType(InstanceEnvironment, {
    name: 'InstanceEnvironment',
    description: 'Where the affected instance runs.',
  });
  registerEnumType(SupportPlan, {
    name: 'SupportPlan',
    description: 'Support plan of an organisation.',
  });
  registerEnumType(TicketState, { name: 'TicketState', description: 'Lifecycle state.' });
  registerEnumType(Resolution, { name: 'Resolution', description: 'Why a ticket was closed.' });
  registerEnumType(TicketEventKind, {
    name: 'TicketEventKind',
    description: 'What happened to a ticket.',
  });
  registerEnumType(HistoryKind, {
    name: 'HistoryKind',
    description: 'What a history entry records.',
  });
  registerEnumType(Locale, { name: 'Locale', description: 'Interface and email language.' });
  registerEnumType(TicketAction, {
    name: 'TicketAction',
    description: 'A lifecycle move; allowed ones come from the shared transition table.',
  });
}
