import net from 'node:net';

/** A POST /graphql request as bytes, with the session cookie. */
export function graphqlRequest(cookie: string, body: object): string {
  const json = JSON.stringify(body);
  return (
    'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    `Cookie: ${cookie}\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`
  );
}

/** One HTTP response as received: what its head declared and what arrived. */
export interface RawReply {
  status: number;
  declaredLength: number;
  body: Buffer;
}

/**
 * One TCP connection to the server, for what an HTTP client library hides:
 * a client that does not read, or one that keeps writing after the server
 * ended the connection (half-open, as a keep-alive client may do when its
 * next request crosses the server's FIN).
 */
export class RawConnection {
  private readonly chunks: Buffer[] = [];
  /** Resolves when the server ended its side (FIN). */
  readonly serverEnded: Promise<void>;
  /** Resolves when the connection is fully closed. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: net.Socket) {
    this.serverEnded = new Promise((resolve) => socket.once('end', () => resolve()));
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
  }

  /**
   * Connects. `reading: false` leaves what the server sends in the buffers;
   * `halfOpen: true` keeps the connection writable after the server ended
   * it (otherwise it closes then, as HTTP clients do).
   */
  static async open(
    port: number,
    options: { reading: boolean; halfOpen: boolean },
  ): Promise<RawConnection> {
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: options.halfOpen });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const connection = new RawConnection(socket);
    if (options.reading) connection.read();
    else socket.pause();
    return connection;
  }

  write(request: string): void {
    this.socket.write(request);
  }

  /** Starts (or resumes) reading. */
  read(): void {
    this.socket.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.socket.resume();
  }

  /** Resolves once bytes arrived, read or still buffered; fails after timeoutMs. */
  async waitForBytes(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.socket.readableLength === 0 && this.chunks.length === 0) {
      if (Date.now() > deadline) throw new Error('nothing arrived');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The responses received so far, in order. */
  replies(): RawReply[] {
    const replies: RawReply[] = [];
    let rest = Buffer.concat(this.chunks);
    while (rest.length > 0) {
      const split = rest.indexOf('\r\n\r\n');
      if (split < 0) break;
      const head = rest.subarray(0, split).toString('latin1');
      const declaredLength = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      const body = rest.subarray(split + 4, split + 4 + declaredLength);
      replies.push({ status: Number(head.split(' ')[1]), declaredLength, body });
      rest = rest.subarray(split + 4 + body.length);
    }
    return replies;
  }

  destroy(): void {
    this.socket.destroy();
  }
}
