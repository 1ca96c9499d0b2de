import { TicketEventKind } from '@support/shared';
import { InProcessEventBus } from '../../src/core/events/event-bus';
import { EventTopics } from '../../src/core/events/event-topics';
import {
  compareSequence,
  type TicketEventMessage,
} from '../../src/core/events/ticket-event-message';
import { FORBIDDEN_CLOSE_CODE, LiveConnections } from '../../src/core/realtime/live-connections';

function message(sequence: string, ticketId: number, organisationId: number): TicketEventMessage {
  return {
    sequence,
    ticketId,
    organisationId,
    kind: TicketEventKind.COMMENT_ADDED,
    internal: false,
    actorId: null,
    commentId: null,
    at: new Date(0).toISOString(),
  };
}

describe('EventTopics', () => {
  it("hands each event to its ticket's, its organisation's and everyone's listeners only", async () => {
    const bus = new InProcessEventBus();
    const topics = new EventTopics(bus);
    const heard: Record<string, string[]> = { all: [], ticket7: [], ticket8: [], org2: [] };
    const listen = (name: string) => (m: TicketEventMessage) => heard[name].push(m.sequence);
    topics.subscribe('all', listen('all'));
    topics.subscribe({ ticketId: 7 }, listen('ticket7'));
    const stop8 = topics.subscribe({ ticketId: 8 }, listen('ticket8'));
    topics.subscribe({ organisationId: 2 }, listen('org2'));

    await bus.publish(message('1', 7, 1));
    await bus.publish(message('2', 8, 2));
    stop8();
    await bus.publish(message('3', 8, 2));

    expect(heard).toEqual({
      all: ['1', '2', '3'],
      ticket7: ['1'],
      ticket8: ['2'],
      org2: ['2', '3'],
    });
    expect(topics.size).toBe(3);
    topics.close();
  });

  it('keeps a later listener of a topic when an earlier one unsubscribes twice', async () => {
    const bus = new InProcessEventBus();
    const topics = new EventTopics(bus);
    const stop = topics.subscribe({ ticketId: 1 }, () => {});
    stop();
    const heard: string[] = [];
    topics.subscribe({ ticketId: 1 }, (m) => heard.push(m.sequence));
    stop();
    await bus.publish(message('5', 1, 1));
    expect(heard).toEqual(['5']);
  });
});

describe('compareSequence', () => {
  it('orders sequences as numbers, beyond 2^53 too', () => {
    expect(compareSequence('9', '10')).toBe(-1);
    expect(compareSequence('10', '9')).toBe(1);
    expect(compareSequence('123', '123')).toBe(0);
    expect(compareSequence('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareSequence('0', '1')).toBe(-1);
  });
});

describe('LiveConnections.expire', () => {
  it('closes (4403) the connections whose credential expired, and only those', () => {
    const connections = new LiveConnections();
    const closed: Array<[string, number]> = [];
    const credential = { userId: 1, tokenId: null, sessionHash: null };
    connections.add(credential, new Date('2026-12-04T10:00:00Z'), (code) =>
      closed.push(['early', code]),
    );
    connections.add(credential, new Date('2026-12-04T12:00:00Z'), (code) =>
      closed.push(['late', code]),
    );
    connections.add(credential, null, (code) => closed.push(['never', code]));

    expect(connections.expire(new Date('2026-12-04T09:59:59Z'))).toBe(0);
    expect(connections.expire(new Date('2026-12-04T10:00:00Z'))).toBe(1);
    expect(connections.expire(new Date('2026-12-04T11:00:00Z'))).toBe(0);
    expect(closed).toEqual([['early', FORBIDDEN_CLOSE_CODE]]);
    expect(connections.size).toBe(2);
  });
});
