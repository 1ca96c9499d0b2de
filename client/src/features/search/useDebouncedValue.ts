import { useEffect, useState } from 'react';

/** How long typing must pause before a search runs, in milliseconds. */
export const TYPING_PAUSE_MS = 300;

/**
 * The value as it was once it stopped changing for `delay` ms: a search
 * box asks the server once per pause in typing, not once per key.
 */
export function useDebouncedValue<T>(value: T, delay: number = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
