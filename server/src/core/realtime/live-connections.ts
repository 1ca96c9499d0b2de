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
  close(code: number, reason: string): void;
}

/**
 * The open WebSocket connections of this process and the credentials they
 * were opened with, so that logging out, deactivating a user or revoking a
 * token ends their live connections at once (close code 4403); the client
 * then has to authenticate again.
 */
export class LiveConnections {
  private readonly open = new Set<Registered>();

  /** Registers a connection; the returned function unregisters it. */
  add(credential: ConnectionCredential, close: Registered['close']): () => void {
    const entry = { credential, close };
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

  /** Number of open connections. */
  get size(): number {
    return this.open.size;
  }
}
