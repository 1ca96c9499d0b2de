import { act, screen } from '@testing-library/react';
import { defaultCalendar } from '@support/shared';
import { renderPage } from '../../test/render';
import { TimeLeft } from './TimeLeft';

const level = {
  __typename: 'TicketServiceLevel' as const,
  phase: 'FIRST_RESPONSE',
  targetKind: 'FIRST_RESPONSE',
  targetMinutes: 30,
  clock: 'ALWAYS',
  dueAt: '2026-12-05T15:30:00.000Z',
  atRiskAt: '2026-12-05T15:22:30.000Z',
  atRisk: false,
  breached: false,
  breachedAt: null,
  firstResponseAt: null,
};

describe('time left', () => {
  afterEach(() => jest.useRealTimers());

  it('counts down each second on the shared ticker and turns at risk, then breached', () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T15:22:28.000Z') });
    renderPage(<TimeLeft level={level} calendar={defaultCalendar()} />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('7m 32s left');
    expect(timer).toHaveAttribute('data-status', 'running');

    act(() => jest.advanceTimersByTime(2000));
    expect(timer).toHaveTextContent('At risk · 7m 30s left');
    expect(timer).toHaveAccessibleName(/^At risk\. First response: .* \(24x7\)$/);

    act(() => jest.advanceTimersByTime(7 * 60_000 + 31_000));
    expect(timer).toHaveAttribute('data-status', 'breached');
    expect(timer).toHaveTextContent('Breached · 0m 01s over');
  });

  it('says paused while the ticket waits on the customer', () => {
    renderPage(<TimeLeft level={{ ...level, phase: 'PAUSED', dueAt: null }} calendar={null} />);
    expect(screen.getByRole('timer')).toHaveTextContent('Paused · waiting on customer');
    expect(screen.getByRole('timer')).toHaveAccessibleName(/paused/i);
  });
});
