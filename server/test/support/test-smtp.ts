import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test SMTP server accepted: its envelope and its parsed content. */
export interface ReceivedMail {
  to: string[];
  from: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on loopback for one test (`smtp-server`, no TLS, no
 * authentication). Messages are parsed with mailparser as they arrive.
 */
export class TestSmtp {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    /** Every message accepted so far, in arrival order. */
    readonly received: ReceivedMail[],
  ) {}

  /** Listens on 127.0.0.1, on `port` or a free one. */
  static async start(port = 0): Promise<TestSmtp> {
    const box: ReceivedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            box.push({
              to: session.envelope.rcptTo.map((address) => address.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return new TestSmtp(server, (server.server.address() as AddressInfo).port, box);
  }

  /** SMTP_URL for the app. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits until at least `count` messages arrived; fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} messages, got ${this.received.length}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received;
  }

  /** Messages sent to this address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A loopback port where nothing listens (an SMTP server that is down). */
export async function deadSmtpUrl(): Promise<string> {
  const probe = await TestSmtp.start();
  await probe.stop();
  return probe.url;
}
