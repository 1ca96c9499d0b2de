/** An async iterator fed by `push`; `onReturn` runs once when the consumer stops. */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
}

/**
 * A queue as an async iterator, for subscriptions whose values come from
 * callbacks. Values pushed before the consumer asks are kept in order.
 */
export function createPushIterator<T>(onReturn: () => void): PushIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;

  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      onReturn();
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };

  return {
    push(value: T) {
      if (done) return;
      if (waiting) {
        waiting({ value, done: false });
        waiting = null;
      } else {
        queue.push(value);
      }
    },
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw(error?: unknown) {
      void finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
