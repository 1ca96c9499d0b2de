/**
 * Two console servers behind one port, without Docker: the production shape
 * of docker-compose.yml on this machine's MySQL/MariaDB and Redis.
 *
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/support_two \
 *   REDIS_URL=redis://127.0.0.1:6379 node scripts/two-servers.mjs
 *
 * Builds nothing: run `npm start` once first (it builds server and client).
 * Starts server A on PORT+1 (it migrates and seeds an empty database), then
 * server B on PORT+2, then a round-robin proxy on PORT (default 4000) that
 * passes WebSocket upgrades. Ctrl-C stops all three.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.PORT ?? 4000);
const DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/support_two';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const children = [];

/** Starts one server and resolves once its /readyz answers 200. */
async function startServer(name, port) {
  const child = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL,
      PUBLIC_URL: `http://localhost:${PORT}`,
    },
  });
  children.push(child);
  child.on('exit', (code) => {
    console.error(`server ${name} exited with ${code}`);
    shutdown(1);
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {
      // Not listening yet: wait and ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server ${name} did not become ready`);
}

/** A minimal round-robin reverse proxy for HTTP and WebSocket upgrades. */
function startProxy(ports) {
  let next = 0;
  const pick = () => ports[next++ % ports.length];
  const proxy = http.createServer((req, res) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: pick(), path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(pick(), '127.0.0.1', () => {
      const headers = Object.entries(req.headers).map(([key, value]) => `${key}: ${value}`);
      upstream.write([`${req.method} ${req.url} HTTP/1.1`, ...headers, '', ''].join('\r\n'));
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  proxy.listen(PORT, () =>
    console.log(`\nproxy on http://localhost:${PORT} -> ${ports.join(', ')}`),
  );
  return proxy;
}

function shutdown(code) {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
await startServer('A', PORT + 1);
await startServer('B', PORT + 2);
startProxy([PORT + 1, PORT + 2]);
