import type { TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import type { LiveClient } from './live-client';

/** What every live event has: an increasing sequence, a string for 64-bit values. */
export interface SequencedEvent {
  sequence: string;
}

/** Variables of a resumable subscription. */
export type ResumableVariables = {
  after?: string | null;
};

/** A resumable subscription and what to do with its events. */
export interface LiveSubscription<TData, TVariables extends ResumableVariables, TEvent> {
  query: TypedDocumentNode<TData, TVariables>;
  /** `after` is the event cursor read together with the page's data. */
  variables: TVariables;
  /** Picks the event out of a result (the subscription's root field). */
  select: (data: TData) => TEvent | null | undefined;
  /** Called once per new event, in sequence order; a throw goes to onError. */
  onEvent: (event: TEvent) => void;
  /** GraphQL errors of the subscription, or a fatal close of the socket. */
  onError?: (error: unknown) => void;
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * The query text sent over the socket. Apollo adds `__typename` to the
 * documents it sends itself; these bypass Apollo, so it is added here, or
 * the cache could not normalise the objects the events carry.
 */
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(addTypenameToDocument(document));
    printed.set(document, text);
  }
  return text;
}

/**
 * Subscribes so that nothing is missed and nothing is seen twice.
 *
 * graphql-ws re-sends the very payload object it was given each time it
 * reconnects (graphql-ws 6 client.js, `subscribe`). After each event the
 * payload's `variables.after` is set to that event's sequence, in place,
 * so a reconnect asks the server to replay exactly what was missed. An
 * event whose sequence is not above the last one seen is dropped, which
 * absorbs an overlap between replay and live delivery.
 *
 * Returns the function that ends the subscription.
 */
export function subscribeLive<
  TData,
  TVariables extends ResumableVariables,
  TEvent extends SequencedEvent,
>(
  client: Pick<LiveClient, 'subscribe'>,
  subscription: LiveSubscription<TData, TVariables, TEvent>,
): () => void {
  const { select, onEvent, onError } = subscription;
  const variables: Record<string, unknown> & ResumableVariables = { ...subscription.variables };
  const payload = { query: queryText(subscription.query), variables };
  let lastSeen = variables.after ? BigInt(variables.after) : null;

  return client.subscribe<TData>(payload, {
    next(result) {
      if (!result.data) {
        if (result.errors?.length) onError?.(result.errors);
        return;
      }
      const event = select(result.data);
      if (!event) return;
      const sequence = BigInt(event.sequence);
      if (lastSeen !== null && sequence <= lastSeen) return;
      lastSeen = sequence;
      variables.after = event.sequence;
      try {
        onEvent(event);
      } catch (error) {
        onError?.(error);
      }
    },
    error(error) {
      onError?.(error);
    },
    complete() {},
  });
}
