import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { ReportTypingMutation } from './presence.operations';
import { useTypingReporter } from './useTypingReporter';

function mock(typing: boolean) {
  return {
    request: { query: ReportTypingMutation, variables: { input: { number: 'CS-000001', typing } } },
    result: jest.fn(() => ({ data: { reportTyping: true } })),
    maxUsageCount: 10,
  };
}

describe('typing reports', () => {
  afterEach(() => jest.useRealTimers());

  it('reports typing at most every 3 s, and stopping once', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z') });
    const typing = mock(true);
    const stopped = mock(false);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={[typing, stopped]}>{children}</MockedProvider>
    );
    const { result } = renderHook(() => useTypingReporter('CS-000001', true), { wrapper });

    await act(async () => {
      result.current.typing();
      result.current.typing();
      jest.advanceTimersByTime(1000);
      result.current.typing();
    });
    await act(async () => {
      jest.advanceTimersByTime(2500);
      result.current.typing();
    });
    await act(async () => {
      result.current.stopped();
      result.current.stopped();
      await jest.runAllTimersAsync();
    });
    expect(typing.result).toHaveBeenCalledTimes(2);
    expect(stopped.result).toHaveBeenCalledTimes(1);
  });
});
