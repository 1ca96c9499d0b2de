/** Which live connections to end: every field given must match. */
export interface ConnectionMatch {
  userId?: number;
  tokenId?: number;
  sessionHash?: string;
}

/** The credential a live connection was opened with. */
export interface ConnectionCredential {
  userId: number | null;
  tokenId: number | null;
  sessionHash: string | null;
}

/** Close code of graphql-ws for a refused connection (`Forbidden`). */
export const FORBIDDEN_CLOSE_CODE = 4403;

/** An open connection, as the registry sees it. */
interface Registered {
  credential: ConnectionCredential;
  /** When the credential expires (ms since the epoch); null never. */
  expiresAt: number | null;
  close(code: number, reason: string): void;
}

/**
 * The open WebSocket connections of this process and the credentials they
 * were opened with, so that logging out, deactivating a user or revoking a
 * token ends their live connections at once (close code 4403); the client
 * then has to authenticate again. So does the expiry of the session or
 * token, found by `expire`, which the WebSocket door runs every second
 * (one sweep rather than a timer per connection).
 */
export class LiveConnections {
  private readonly open = new Set<Registered>();

  /** Registers a connection; the returned function unregisters it. */
  add(
    credential: ConnectionCredential,
    expiresAt: Date | null,
    close: Registered['close'],
  ): () => void {
    const entry = { credential, expiresAt: expiresAt?.getTime() ?? null, close };
    this.open.add(entry);
    return () => this.open.delete(entry);
  }

  /** Closes every connection matching; returns how many. */
  close(match: ConnectionMatch, reason: string): number {
    let closed = 0;
    for (const entry of this.open) {
      const { credential } = entry;
      if (match.userId !== undefined && credential.userId !== match.userId) continue;
      if (match.tokenId !== undefined && credential.tokenId !== match.tokenId) continue;
      if (match.sessionHash !== undefined && credential.sessionHash !== match.sessionHash) continue;
      this.open.delete(entry);
      entry.close(FORBIDDEN_CLOSE_CODE, reason);
      closed += 1;
    }
    return closed;
  }

  /** Closes every connection whose credential has expired at `now`; returns how many. */
  expire(now: Date): number {
    let closed = 0;
    for (const entry of this.open) {
      if (entry.expiresAt === null || entry.expiresAt > now.getTime()) continue;
      this.open.delete(entry);
      entry.close(FORBIDDEN_CLOSE_CODE, 'credentials expired');
      closed += 1;
    }
    return closed;
  }

  /** Number of open connections. */
  get size(): number {
    return this.open.size;
  }
}
