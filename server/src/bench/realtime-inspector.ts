/**
 * A full garbage collection in a child process, through the inspector it
 * opens on a random loopback port (`--inspect=127.0.0.1:0`), so that idle
 * memory is measured without the garbage of connecting.
 */
import fs from 'node:fs';
import WebSocket from 'ws';

/** Node flag that opens the inspector on a free loopback port. */
export const INSPECT_FLAG = '--inspect=127.0.0.1:0';

const TIMEOUT_MS = 30_000;

/**
 * Asks the child whose output is in `logFile` to collect garbage; resolves
 * false when its inspector cannot be found or does not answer in time.
 */
export async function collectGarbage(logFile: string): Promise<boolean> {
  const match = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(
    fs.readFileSync(logFile, 'utf8'),
  );
  if (!match) return false;
  const socket = new WebSocket(match[1]);
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), TIMEOUT_MS);
      socket.once('error', () => resolve(false));
      socket.once('open', () =>
        socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })),
      );
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { id?: number }).id !== 1) return;
        clearTimeout(timer);
        resolve(true);
      });
    });
  } finally {
    socket.terminate();
  }
}
