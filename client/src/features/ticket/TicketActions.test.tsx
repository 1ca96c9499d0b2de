import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { allowedActions, Role, TicketAction, TicketState, TRANSITIONS } from '@support/shared';
import { needsComment, TicketActions } from './TicketActions';

function renderActions(state: TicketState, role: Role, onRun = jest.fn(async () => true)) {
  render(<TicketActions state={state} actions={allowedActions(state, role)} onRun={onRun} />);
  return onRun;
}

function shownActions(): string[] {
  return within(screen.getByTestId('ticket-actions'))
    .queryAllByRole('button')
    .map((button) => button.getAttribute('data-testid') ?? '')
    .filter((id) => id.startsWith('action-'))
    .map((id) => id.slice('action-'.length));
}

describe('ticket actions', () => {
  describe('which buttons a role sees', () => {
    const pairs: Array<[TicketState, Role]> = [
      [TicketState.NEW, Role.ENGINEER],
      [TicketState.NEW, Role.CUSTOMER],
      [TicketState.INVESTIGATING, Role.ADMIN],
      [TicketState.WAITING_FOR_CUSTOMER, Role.CUSTOMER],
      [TicketState.WITH_DEVELOPMENT, Role.DEVELOPMENT],
      [TicketState.WITH_DEVELOPMENT, Role.INTEGRATION],
      [TicketState.SOLUTION_PROPOSED, Role.CUSTOMER],
      [TicketState.RESOLVED, Role.ENGINEER],
      [TicketState.CLOSED, Role.CUSTOMER],
      [TicketState.CLOSED, Role.ENGINEER],
    ];

    it.each(pairs)('in %s, a %s sees exactly the shared table’s actions', (state, role) => {
      renderActions(state, role);
      expect(shownActions()).toEqual(allowedActions(state, role));
    });

    const everyPair = Object.values(TicketState).flatMap((state) =>
      Object.values(Role).map((role) => [state, role] as [TicketState, Role]),
    );

    it.each(everyPair)('in %s, a %s sees no move outside the table', (state, role) => {
      renderActions(state, role);
      const allowed = TRANSITIONS.filter(
        (row) => row.from === state && row.roles.includes(role),
      ).map((row) => row.action);
      expect(shownActions()).toEqual(allowed);
    });

    it('never offers a customer a support move, nor support a customer move', () => {
      for (const state of Object.values(TicketState)) {
        renderActions(state, Role.CUSTOMER);
        expect(shownActions()).not.toContain(TicketAction.CLOSE);
        expect(shownActions()).not.toContain(TicketAction.PROPOSE_SOLUTION);
        document.body.innerHTML = '';
        renderActions(state, Role.ENGINEER);
        expect(shownActions()).not.toContain(TicketAction.ACCEPT_SOLUTION);
        expect(shownActions()).not.toContain(TicketAction.WITHDRAW);
        document.body.innerHTML = '';
      }
    });

    it('shows a note instead of buttons when nothing is allowed', () => {
      renderActions(TicketState.CLOSED, Role.ENGINEER);
      expect(screen.getByText('No actions are available in this state.')).toBeInTheDocument();
    });
  });

  describe('comments', () => {
    it('knows from the table which moves need a comment', () => {
      const withComment = TRANSITIONS.filter((row) => row.commentRequired);
      for (const row of withComment) expect(needsComment(row.from, row.action)).toBe(true);
      expect(needsComment(TicketState.NEW, TicketAction.START_INVESTIGATION)).toBe(false);
    });

    it('opens a labelled comment box for a move that needs one and refuses it empty', async () => {
      const onRun = renderActions(TicketState.SOLUTION_PROPOSED, Role.CUSTOMER);
      fireEvent.click(screen.getByTestId('action-REJECT_SOLUTION'));
      expect(screen.getByLabelText('What is still not resolved?')).toBeInTheDocument();

      fireEvent.click(screen.getByTestId('action-confirm'));
      expect(await screen.findByRole('alert')).toHaveTextContent('Please write a comment');
      expect(onRun).not.toHaveBeenCalled();

      fireEvent.change(screen.getByTestId('action-comment'), {
        target: { value: 'Still fails for PO-7781' },
      });
      fireEvent.click(screen.getByTestId('action-confirm'));
      await waitFor(() =>
        expect(onRun).toHaveBeenCalledWith(TicketAction.REJECT_SOLUTION, 'Still fails for PO-7781'),
      );
    });

    it('keeps the comment when the move fails', async () => {
      const onRun = jest.fn(async () => false);
      renderActions(TicketState.INVESTIGATING, Role.ENGINEER, onRun);
      fireEvent.click(screen.getByTestId('action-PROPOSE_SOLUTION'));
      fireEvent.change(screen.getByTestId('action-comment'), { target: { value: 'Try 2.1' } });
      fireEvent.click(screen.getByTestId('action-confirm'));
      await waitFor(() => expect(onRun).toHaveBeenCalled());
      expect(screen.getByTestId('action-comment')).toHaveValue('Try 2.1');
    });
  });

  describe('running', () => {
    it('runs a move without a comment at once', async () => {
      const onRun = renderActions(TicketState.NEW, Role.ENGINEER);
      fireEvent.click(screen.getByTestId('action-START_INVESTIGATION'));
      await waitFor(() =>
        expect(onRun).toHaveBeenCalledWith(TicketAction.START_INVESTIGATION, null),
      );
    });

    it('asks for confirmation before withdrawing', async () => {
      const onRun = renderActions(TicketState.NEW, Role.CUSTOMER);
      fireEvent.click(screen.getByTestId('action-WITHDRAW'));
      expect(onRun).not.toHaveBeenCalled();
      expect(screen.getByText(/Withdraw this ticket\?/)).toBeInTheDocument();
      fireEvent.click(screen.getByTestId('action-confirm'));
      await waitFor(() => expect(onRun).toHaveBeenCalledWith(TicketAction.WITHDRAW, null));
    });
  });
});
