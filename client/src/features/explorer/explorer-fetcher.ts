import { getOperationAST, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { GRAPHQL_PATH } from '../../core/apollo/apollo-client';
import type { LiveClient } from '../../core/live/live-client';

/** What GraphiQL passes to a fetcher. */
export interface ExplorerParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** GraphiQL's options of one request: its headers editor and the parsed document. */
export interface ExplorerOptions {
  headers?: Record<string, unknown>;
  documentAST?: DocumentNode;
}

/** An Observable as GraphiQL consumes it. */
export interface ExplorerObservable {
  subscribe(observer: {
    next(value: ExecutionResult): void;
    error(error: unknown): void;
    complete(): void;
  }): { unsubscribe(): void };
}

function isSubscription(params: ExplorerParams, document?: DocumentNode): boolean {
  try {
    const operation = getOperationAST(document ?? parse(params.query), params.operationName);
    return operation?.operation === 'subscription';
  } catch {
    // A document that does not parse goes to the server, which explains the error.
    return false;
  }
}

/**
 * The explorer's fetcher. Queries and mutations are POSTed as JSON to the
 * same origin, so the session cookie authenticates them (and the JSON
 * content type satisfies the server's CSRF prevention); headers typed in
 * GraphiQL (e.g. `Authorization: Bearer …`) are added. Subscriptions run
 * over the tab's one graphql-ws socket, authenticated by the same cookie.
 */
export function createExplorerFetcher(live: LiveClient | null, fetchImpl: typeof fetch = fetch) {
  return (
    params: ExplorerParams,
    options?: ExplorerOptions,
  ): Promise<ExecutionResult> | ExplorerObservable => {
    if (isSubscription(params, options?.documentAST)) {
      return {
        subscribe(observer) {
          if (!live) {
            observer.error(new Error('The live connection is not open.'));
            return { unsubscribe: () => undefined };
          }
          const stop = live.subscribe(
            {
              query: params.query,
              operationName: params.operationName ?? undefined,
              variables: params.variables ?? undefined,
            },
            {
              next: (value) => observer.next(value as ExecutionResult),
              error: (error) => observer.error(error),
              complete: () => observer.complete(),
            },
          );
          return { unsubscribe: stop };
        },
      };
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of Object.entries(options?.headers ?? {})) {
      if (typeof value === 'string') headers[name] = value;
    }
    return fetchImpl(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify(params),
    }).then((response) => response.json() as Promise<ExecutionResult>);
  };
}
