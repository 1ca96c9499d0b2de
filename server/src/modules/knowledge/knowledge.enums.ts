import { registerEnumType } from 'type-graphql';

/** Whether customers can read an article. */
export enum ArticleStatus {
  /** Being written: agents only. */
  DRAFT = 'DRAFT',
  /** Readable by everyone logged in. */
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Whether customers can read an article.',
});

/** Where an article was opened; deflection counts INTAKE views only. */
export enum ArticleViewContext {
  /** Suggested while opening a ticket. */
  INTAKE = 'INTAKE',
  /** Browsing or searching the knowledge base. */
  KNOWLEDGE_BASE = 'KNOWLEDGE_BASE',
  /** A link in a ticket reply. */
  TICKET = 'TICKET',
}
registerEnumType(ArticleViewContext, {
  name: 'ArticleViewContext',
  description: 'Where an article was opened.',
});
