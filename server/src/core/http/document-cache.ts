import type { DocumentNode } from 'graphql';

/**
 * Parsed and validated GraphQL documents by their text, bounded. Thousands
 * of WebSocket clients open the same few subscriptions: parsing each one
 * again costs CPU at subscribe and keeps a syntax tree of its own (tokens
 * and locations, about 15 KB) for as long as the subscription lives.
 *
 * Keep only documents that passed validation: validation depends on
 * nothing but the schema, the rules and the text, so a cached document is
 * valid for every later subscriber. Long texts are not kept (default
 * 8,000 characters), nor more than `maxEntries` (default 200, oldest out).
 */
export class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly maxEntries = 200,
    private readonly maxLength = 8000,
  ) {}

  get(text: string): DocumentNode | undefined {
    return this.documents.get(text);
  }

  /** Remembers a document that passed validation. */
  set(text: string, document: DocumentNode): void {
    if (text.length > this.maxLength) return;
    this.documents.set(text, document);
    if (this.documents.size > this.maxEntries) {
      this.documents.delete(this.documents.keys().next().value as string);
    }
  }
}
