import { fireEvent, render, screen } from '@testing-library/react';
import { TicketState } from '@support/shared';
import { ConflictNotice } from './ConflictNotice';
import type { ComparableTicket } from './ticket-diff';

const before: ComparableTicket = {
  state: TicketState.INVESTIGATING,
  severity: 3,
  title: 'CSV import times out',
  assignee: null,
  plannedAvailability: null,
  comments: [],
};

describe('conflict notice', () => {
  it('announces what changed and offers to re-apply or dismiss', () => {
    const onReapply = jest.fn();
    const onDiscard = jest.fn();
    render(
      <ConflictNotice
        before={before}
        current={{ ...before, state: TicketState.WITH_DEVELOPMENT, severity: 2 }}
        onReapply={onReapply}
        onDiscard={onDiscard}
      />,
    );
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('State: Investigating → With development');
    expect(notice).toHaveTextContent('Severity: 3 – Minor → 2 – Major');
    expect(notice).toHaveTextContent('What you entered is kept');
    fireEvent.click(screen.getByTestId('conflict-reapply'));
    expect(onReapply).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDiscard).toHaveBeenCalled();
  });

  it('says when the change no longer applies and offers no re-apply', () => {
    render(<ConflictNotice before={before} current={before} onDiscard={jest.fn()} />);
    expect(screen.queryByTestId('conflict-reapply')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('no longer applies');
  });
});
