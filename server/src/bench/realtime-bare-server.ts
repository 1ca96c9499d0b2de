/**
 * The practical limit: a bare `ws` server (a child of the benchmark) that
 * sends each event, already serialised, to the sockets that want it — no
 * GraphQL, no database, no per-subscriber work beyond the send. Each socket
 * names its view in its first message; the driver feeds events over IPC,
 * with message templates copied from what our server sent.
 *
 * IPC in:  { type: 'templates', templates: Record<Topic, string> }
 *          { type: 'event', event: EventRow, at: string }
 *          { type: 'count' }
 * IPC out: { type: 'listening', port }, { type: 'count', sockets }
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventRow, Topic } from './realtime-plan';

type Hello = { topic: Topic; organisationId: number; ticketId: number };

const queue = new Set<WebSocket>();
const byOrganisation = new Map<number, Set<WebSocket>>();
const byTicket = new Map<number, Set<WebSocket>>();
let templates: Record<Topic, [string, string, string]> | null = null;
let sockets = 0;

function join(map: Map<number, Set<WebSocket>>, key: number, socket: WebSocket): Set<WebSocket> {
  const set = map.get(key) ?? new Set<WebSocket>();
  map.set(key, set);
  set.add(socket);
  return set;
}

/** Splits a message around its sequence and `at` values: [before, between, after]. */
function split(template: string): [string, string, string] {
  const marked = template
    .replace(/"sequence":"\d+"/, '"sequence":"\u0000"')
    .replace(/"at":"[^"]*"/, '"at":"\u0000"');
  const [before, between, after] = marked.split('\u0000');
  return [before, between, after];
}

function render(topic: Topic, event: EventRow, at: string): string {
  const [before, between, after] = templates![topic];
  return before + event.sequence + between + at + after;
}

function broadcast(event: EventRow, at: string): void {
  if (!templates) return;
  const toQueue = render('queue', event, at);
  for (const socket of queue) socket.send(toQueue);
  if (event.internal) return;
  const organisation = byOrganisation.get(event.organisationId);
  if (organisation) {
    const message = render('organisation', event, at);
    for (const socket of organisation) socket.send(message);
  }
  const ticket = byTicket.get(event.ticketId);
  if (ticket) {
    const message = render('ticket', event, at);
    for (const socket of ticket) socket.send(message);
  }
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  const address = server.address();
  process.send?.({
    type: 'listening',
    port: typeof address === 'object' && address ? address.port : 0,
  });
});

server.on('connection', (socket) => {
  socket.once('message', (data: Buffer) => {
    const hello = JSON.parse(data.toString()) as Hello;
    sockets += 1;
    const set =
      hello.topic === 'queue'
        ? queue
        : hello.topic === 'organisation'
          ? join(byOrganisation, hello.organisationId, socket)
          : join(byTicket, hello.ticketId, socket);
    if (set === queue) queue.add(socket);
    socket.once('close', () => {
      set.delete(socket);
      sockets -= 1;
    });
  });
});

process.on(
  'message',
  (message: { type: string; templates?: Record<Topic, string>; event?: EventRow; at?: string }) => {
    if (message.type === 'templates' && message.templates) {
      const given = message.templates;
      templates = {
        queue: split(given.queue),
        organisation: split(given.organisation),
        ticket: split(given.ticket),
      };
    } else if (message.type === 'event' && message.event && message.at) {
      broadcast(message.event, message.at);
    } else if (message.type === 'count') {
      process.send?.({ type: 'count', sockets });
    }
  },
);

// Ending the process ends every socket; nothing is left to flush.
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
