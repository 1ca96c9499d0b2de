import { act, render, screen } from '@testing-library/react';
import { useNow } from './useNow';

function Clock({ id }: { id: string }) {
  return <span data-testid={id}>{useNow()}</span>;
}

describe('shared ticker', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('drives every count-down from one interval', () => {
    const setInterval = jest.spyOn(globalThis, 'setInterval');
    const view = render(
      <>
        <Clock id="a" />
        <Clock id="b" />
        <Clock id="c" />
      </>,
    );
    expect(setInterval).toHaveBeenCalledTimes(1);

    act(() => jest.advanceTimersByTime(3000));
    const expected = String(Date.parse('2026-12-04T09:00:03Z'));
    expect(screen.getByTestId('a')).toHaveTextContent(expected);
    expect(screen.getByTestId('c')).toHaveTextContent(expected);

    view.unmount();
    expect(jest.getTimerCount()).toBe(0);
    setInterval.mockRestore();
  });
});
