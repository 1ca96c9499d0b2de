import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { TicketEventsSubscription } from '../../features/ticket/ticket.operations';
import { createFakeLiveClient } from './fake-live-client';
import { LiveContext } from './live-context';
import { useLiveEvents } from './useLiveEvents';

function setup(initial: { cursor?: string; number?: string } = {}) {
  const fake = createFakeLiveClient();
  const onEvent = jest.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LiveContext value={{ client: fake.client, status: 'live' }}>{children}</LiveContext>
  );
  const hook = renderHook(
    ({ cursor, number }: { cursor?: string; number: string }) =>
      useLiveEvents({
        query: TicketEventsSubscription,
        variables: { number, after: cursor },
        enabled: cursor !== undefined,
        resubscribeKey: number,
        select: (data) => data.ticketEvents,
        onEvent,
      }),
    { wrapper, initialProps: { cursor: initial.cursor, number: initial.number ?? 'CS-000001' } },
  );
  const deliver = (index: number, sequence: string) =>
    act(() => fake.subscriptions[index].sink.next({ data: { ticketEvents: { sequence } } }));
  return { fake, onEvent, hook, deliver };
}

describe('useLiveEvents', () => {
  it('waits for the cursor, then subscribes after it', () => {
    const { fake, hook } = setup();
    expect(fake.subscriptions).toHaveLength(0);
    hook.rerender({ cursor: '40', number: 'CS-000001' });
    expect(fake.sent[0].variables).toEqual({ number: 'CS-000001', after: '40' });
  });

  it('drops duplicates and re-sends the newest `after` on reconnect', () => {
    const { fake, onEvent, deliver } = setup({ cursor: '40' });
    deliver(0, '41');
    deliver(0, '41');
    deliver(0, '42');
    expect(onEvent.mock.calls.map(([event]) => event.sequence)).toEqual(['41', '42']);

    fake.reconnect();
    expect(fake.sent.at(-1)?.variables).toEqual({ number: 'CS-000001', after: '42' });
  });

  it('keeps its own `after` when the page re-reads a newer cursor', () => {
    const { fake, hook, deliver } = setup({ cursor: '40' });
    deliver(0, '41');
    hook.rerender({ cursor: '45', number: 'CS-000001' });
    expect(fake.subscriptions).toHaveLength(1);
    expect(fake.subscriptions[0].payload.variables?.after).toBe('41');
  });

  it('starts over for another ticket and ends the old subscription', () => {
    const { fake, hook } = setup({ cursor: '40' });
    hook.rerender({ cursor: '50', number: 'CS-000002' });
    expect(fake.subscriptions[0].disposed).toBe(true);
    expect(fake.sent.at(-1)?.variables).toEqual({ number: 'CS-000002', after: '50' });
  });

  it('ends the subscription on unmount', () => {
    const { fake, hook } = setup({ cursor: '40' });
    hook.unmount();
    expect(fake.subscriptions[0].disposed).toBe(true);
  });
});
