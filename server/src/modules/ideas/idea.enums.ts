import { registerEnumType } from 'type-graphql';

/** Where an idea stands on the roadmap; admins set it. */
export enum IdeaStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  PLANNED = 'PLANNED',
  SHIPPED = 'SHIPPED',
  DECLINED = 'DECLINED',
}
registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description: 'Where an idea stands on the roadmap (set by admins).',
});

/** Orders of the ideas board. */
export enum IdeaOrder {
  /** Engagement: votes and comments, recent ones weighted higher (half-life 14 days). */
  TRENDING = 'TRENDING',
  /** Most votes first. */
  TOP = 'TOP',
  NEWEST = 'NEWEST',
}
registerEnumType(IdeaOrder, { name: 'IdeaOrder', description: 'Order of the ideas board.' });

/** What happened to an idea, for live subscribers. */
export enum IdeaEventKind {
  CREATED = 'CREATED',
  VOTED = 'VOTED',
  UNVOTED = 'UNVOTED',
  COMMENTED = 'COMMENTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  TICKET_LINKED = 'TICKET_LINKED',
}
registerEnumType(IdeaEventKind, {
  name: 'IdeaEventKind',
  description: 'What happened to an idea.',
});
