/** How often the shared ticker fires. */
export const TICK_MS = 1000;

type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | undefined;
let current = Date.now();

function tick(): void {
  current = Date.now();
  listeners.forEach((listener) => listener(current));
}

/**
 * The app's one clock for count-downs: a single `setInterval` for the
 * whole tab, started by the first listener and stopped with the last, so
 * fifty queue rows cost one timer, not fifty. The listener gets the new
 * instant (epoch milliseconds). Returns the function that stops listening.
 */
export function subscribeToTicker(listener: Listener): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    current = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The instant of the last tick (the time of subscribing before the first one). */
export function tickerNow(): number {
  return current;
}
