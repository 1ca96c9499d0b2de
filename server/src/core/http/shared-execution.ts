import {
  execute,
  createSourceEventStream,
  getOperationAST,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { isPushable } from '../events/event-stream';
import type { RequestContext } from '../graphql/context';
import { PER_VIEWER } from '../graphql/per-viewer';

/** What decides the result of one subscription document for an event. */
interface Plan {
  /** Distinguishes documents (and operations of one document). */
  id: number;
  /** Variables read below the root field; the root field's own arguments only choose events. */
  variables: string[];
  /** Selects a `@PerViewer` field: subscribers share results only with their own user or token. */
  perViewer: boolean;
}

/** One group's result of one event, and its JSON once a sink asked for it. */
interface GroupResult {
  result: Promise<ExecutionResult>;
  json?: Promise<string>;
}

/** Where a subscriber's results go when the door sends them itself. */
export type ResultSink = (payloadJson: string) => void;

/** What the door provides. */
export interface SharedExecutionOptions {
  /** A fresh context for one event, for the subscriber's viewer. */
  eventContext(subscriber: RequestContext): RequestContext;
  /** The subscriber's sink; without one, results are yielded to graphql-ws. */
  sinkOf(subscriber: RequestContext): ResultSink | undefined;
  /** Formats a result's errors for the wire (the door's error normaliser). */
  formatResult(result: ExecutionResult): unknown;
}

/**
 * Subscriptions executed once per event for each group of subscribers that
 * would receive the same result, instead of once per subscriber.
 *
 * A subscription's source stream yields events; graphql-js would execute
 * the selection for every subscriber. Here, when several subscribers'
 * streams yield the very same event object (SharedEventReads presents an
 * event once per audience), subscribers with the same document, the same
 * variables below the root field and the same viewer key (role, read-only,
 * organisation; also user and token when a `@PerViewer` field is selected)
 * receive one shared result, serialised once: with 500 agents on the
 * queue, an event costs one execution and one JSON text instead of 500.
 * A subscriber with a sink gets the text written straight to its socket;
 * graphql-ws still starts, completes and errors the subscription.
 *
 * Every execution gets a fresh context (`eventContext`): loaders never
 * cache across events, so each event shows the data as it is now.
 */
export class SharedExecution {
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  private readonly results = new WeakMap<object, Map<string, GroupResult>>();
  private nextPlanId = 1;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: SharedExecutionOptions,
  ) {}

  /** graphql-ws's `subscribe`: the source stream, mapped to shared results. */
  readonly subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const key = this.groupKey(this.planOf(args), args);
    const events = source[Symbol.asyncIterator]();
    const sink = this.options.sinkOf(args.contextValue as RequestContext);
    if (!sink) return new Mapped(events, (event) => this.groupResult(event, key, args).result);
    return new Drain(events, (event) => this.jsonOf(this.groupResult(event, key, args)), sink);
  };

  private jsonOf(group: GroupResult): Promise<string> {
    group.json ??= group.result.then((result) => JSON.stringify(this.options.formatResult(result)));
    return group.json;
  }

  private groupResult(event: unknown, key: string, args: ExecutionArgs): GroupResult {
    const run = (): GroupResult => ({
      result: Promise.resolve(
        execute({
          ...args,
          rootValue: event,
          contextValue: this.options.eventContext(args.contextValue as RequestContext),
        }),
      ),
    });
    if (event === null || typeof event !== 'object') return run();
    let byGroup = this.results.get(event);
    if (!byGroup) {
      byGroup = new Map();
      this.results.set(event, byGroup);
    }
    let group = byGroup.get(key);
    if (!group) {
      group = run();
      byGroup.set(key, group);
    }
    return group;
  }

  private groupKey(plan: Plan, args: ExecutionArgs): string {
    const viewer = (args.contextValue as RequestContext).viewer;
    const values = args.variableValues ?? {};
    const variables = plan.variables.map((name) => values[name]);
    const who: unknown[] = viewer
      ? [viewer.role, viewer.readOnly, viewer.organisationId ?? null]
      : ['anonymous', true, null];
    if (plan.perViewer) who.push(viewer?.user?.id ?? null, viewer?.tokenId ?? null);
    return JSON.stringify([plan.id, variables, who]);
  }

  private planOf(args: ExecutionArgs): Plan {
    let byOperation = this.plans.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      this.plans.set(args.document, byOperation);
    }
    const name = args.operationName ?? '';
    let plan = byOperation.get(name);
    if (!plan) {
      plan = this.analyse(args.document, args.operationName ?? undefined);
      byOperation.set(name, plan);
    }
    return plan;
  }

  /** Which variables the execution reads, and whether it selects a per-viewer field. */
  private analyse(document: DocumentNode, operationName: string | undefined): Plan {
    const operation = getOperationAST(document, operationName);
    const variables = new Set<string>();
    let perViewer = false;
    const typeInfo = new TypeInfo(this.schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          if (typeInfo.getFieldDef()?.extensions?.[PER_VIEWER]) perViewer = true;
        },
      }),
    );
    const root = operation?.selectionSet.selections.find(
      (selection) => selection.kind === Kind.FIELD,
    );
    const collect = {
      Variable: (node: { name: { value: string } }) => void variables.add(node.name.value),
    };
    for (const definition of document.definitions) {
      if (definition !== operation) {
        visit(definition, collect);
        continue;
      }
      for (const selection of definition.selectionSet.selections) {
        if (selection !== root || selection.kind !== Kind.FIELD) {
          visit(selection, collect);
          continue;
        }
        for (const directive of selection.directives ?? []) visit(directive, collect);
        if (selection.selectionSet) visit(selection.selectionSet, collect);
      }
      for (const directive of definition.directives ?? []) visit(directive, collect);
    }
    return { id: this.nextPlanId++, variables: [...variables].sort(), perViewer };
  }
}

/**
 * Sends every source value, prepared, and yields nothing: `next` settles
 * when the source ends (or rejects with its error). `return` reaches the
 * source at once, so a completed subscription stops listening, and
 * nothing is sent after it. One object per subscription, no closures.
 */
class Drain<T, P> implements AsyncIterableIterator<never> {
  private stopped = false;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly prepare: (value: T) => Promise<P>,
    private readonly send: (prepared: P) => void,
  ) {}

  async next(): Promise<IteratorResult<never>> {
    if (isPushable(this.source)) {
      await this.source.forEach(this.prepare, (prepared) => {
        if (!this.stopped) this.send(prepared);
      });
      return { value: undefined, done: true };
    }
    while (!this.stopped) {
      const step = await this.source.next();
      if (step.done) break;
      const prepared = await this.prepare(step.value);
      if (!this.stopped) this.send(prepared);
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<never>> {
    this.stopped = true;
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<never>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<never> {
    return this;
  }
}

/**
 * The source iterator with each value mapped. `return` reaches the source
 * at once, even while a `next` waits (an async generator would queue it),
 * so a completed subscription stops listening immediately.
 */
class Mapped<T, R> implements AsyncIterableIterator<R> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly map: (value: T) => Promise<R>,
  ) {}

  async next(): Promise<IteratorResult<R>> {
    const step = await this.source.next();
    if (step.done) return { value: undefined, done: true };
    return { value: await this.map(step.value), done: false };
  }

  async return(): Promise<IteratorResult<R>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<R>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<R> {
    return this;
  }
}
