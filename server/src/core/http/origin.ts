import type { IncomingMessage } from 'node:http';

/**
 * True when a browser request may come from its Origin: no Origin at all
 * (scripts, server-to-server), the console's own origin (same host), or one
 * of the configured allowed origins.
 */
export function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    // An Origin that is not a URL ("null", garbage) is no origin we trust.
    return false;
  }
}

/** The caller's address as the socket sees it (no proxy headers are trusted). */
export function remoteAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}
