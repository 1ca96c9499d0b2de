type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Listens for a request refused with UNAUTHENTICATED (the session expired
 * or was ended elsewhere, e.g. an admin deactivated the account). Returns
 * the function that stops listening.
 */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that the server no longer knows this session. */
export function reportUnauthenticated(): void {
  listeners.forEach((listener) => listener());
}
