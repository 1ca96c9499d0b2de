import { TicketEventsSubscription } from '../../features/ticket/ticket.operations';
import { createFakeLiveClient } from './fake-live-client';
import { subscribeLive } from './subscribe-live';

type Event = { sequence: string; kind: string };

function start(after: string | null = '10') {
  const fake = createFakeLiveClient();
  const seen: Event[] = [];
  const errors: unknown[] = [];
  const stop = subscribeLive(fake.client, {
    query: TicketEventsSubscription,
    variables: { number: 'CS-000001', after },
    select: (data) => data.ticketEvents as unknown as Event,
    onEvent: (event) => seen.push(event),
    onError: (error) => errors.push(error),
  });
  const deliver = (sequence: string) =>
    fake.subscriptions[0].sink.next({
      data: { ticketEvents: { sequence, kind: 'STATE_CHANGED' } },
    });
  return { fake, seen, errors, stop, deliver };
}

describe('live events', () => {
  describe('resuming', () => {
    it('subscribes after the cursor read with the page data', () => {
      const { fake } = start('10');
      expect(fake.sent[0].variables).toEqual({ number: 'CS-000001', after: '10' });
    });

    it('moves `after` to the last event seen, in the payload graphql-ws re-sends', () => {
      const { fake, deliver } = start('10');
      deliver('11');
      deliver('12');
      expect(fake.subscriptions[0].payload.variables?.after).toBe('12');

      fake.reconnect();
      expect(fake.sent).toHaveLength(2);
      expect(fake.sent[1].variables).toEqual({ number: 'CS-000001', after: '12' });
    });

    it('does not change the variables object it was given', () => {
      const variables = { number: 'CS-000001', after: '10' };
      const fake = createFakeLiveClient();
      subscribeLive(fake.client, {
        query: TicketEventsSubscription,
        variables,
        select: (data) => data.ticketEvents,
        onEvent: () => undefined,
      });
      fake.subscriptions[0].sink.next({ data: { ticketEvents: { sequence: '11' } } });
      expect(variables.after).toBe('10');
    });
  });

  describe('deduplication', () => {
    it('drops an event it has already seen and any older one', () => {
      const { seen, deliver } = start('10');
      deliver('11');
      deliver('11');
      deliver('10');
      deliver('9');
      deliver('12');
      expect(seen.map((event) => event.sequence)).toEqual(['11', '12']);
    });

    it('compares sequences as 64-bit integers, not as text or doubles', () => {
      const { seen, deliver } = start('9');
      deliver('10');
      deliver('9007199254740993');
      deliver('9007199254740992');
      deliver('9007199254740994');
      expect(seen.map((event) => event.sequence)).toEqual([
        '10',
        '9007199254740993',
        '9007199254740994',
      ]);
    });

    it('accepts every event when it started without a cursor', () => {
      const { seen, deliver } = start(null);
      deliver('1');
      deliver('2');
      expect(seen).toHaveLength(2);
    });
  });

  describe('the query sent', () => {
    it('asks for __typename so the cache can normalise what events carry', () => {
      const { fake } = start();
      expect(fake.sent[0].query).toContain('__typename');
      expect(fake.sent[0].query).toContain('ticketEvents(number: $number, after: $after)');
    });
  });

  describe('errors', () => {
    it('reports GraphQL errors without data and keeps going', () => {
      const { fake, errors, seen, deliver } = start('10');
      fake.subscriptions[0].sink.next({ errors: [{ message: 'Not logged in.' }] } as never);
      deliver('11');
      expect(errors).toHaveLength(1);
      expect(seen).toHaveLength(1);
    });

    it('reports a throwing handler but still advances `after`', () => {
      const fake = createFakeLiveClient();
      const errors: unknown[] = [];
      subscribeLive(fake.client, {
        query: TicketEventsSubscription,
        variables: { number: 'CS-000001', after: '1' },
        select: (data) => data.ticketEvents,
        onEvent: () => {
          throw new Error('cache write failed');
        },
        onError: (error) => errors.push(error),
      });
      fake.subscriptions[0].sink.next({ data: { ticketEvents: { sequence: '2' } } });
      expect(errors).toHaveLength(1);
      expect(fake.subscriptions[0].payload.variables?.after).toBe('2');
    });
  });

  it('ends the subscription when stopped', () => {
    const { fake, stop } = start();
    stop();
    expect(fake.subscriptions[0].disposed).toBe(true);
  });
});
