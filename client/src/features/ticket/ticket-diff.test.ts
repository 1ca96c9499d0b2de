import { TicketState } from '@support/shared';
import { diffTicket, type ComparableTicket } from './ticket-diff';

function buildTicket(overrides: Partial<ComparableTicket> = {}): ComparableTicket {
  return {
    state: TicketState.INVESTIGATING,
    severity: 2,
    title: 'Invoices cannot be approved',
    assignee: { __typename: 'User', id: '3', name: 'Emi Engineer' },
    plannedAvailability: null,
    comments: [],
    ...overrides,
  };
}

const comment = (id: string, name: string) => ({
  __typename: 'Comment' as const,
  id,
  body: 'x',
  internal: false,
  createdAt: '2026-12-04T00:00:00Z',
  author: { __typename: 'User' as const, id: '9', name, isAgent: true },
  attachments: [],
});

describe('ticket diff (conflict explanation)', () => {
  it('finds nothing between equal copies', () => {
    expect(diffTicket(buildTicket(), buildTicket())).toEqual([]);
  });

  it('lists state, severity, assignee, planned availability and new messages', () => {
    const after = buildTicket({
      state: TicketState.WAITING_FOR_CUSTOMER,
      severity: 1,
      assignee: null,
      plannedAvailability: {
        __typename: 'PlannedAvailability',
        release: '2027.3',
        date: null,
        reference: null,
        note: null,
        updatedAt: null,
      },
      comments: [comment('1', 'Ethan Engineer'), comment('2', 'Ethan Engineer')],
    });
    expect(diffTicket(buildTicket(), after)).toEqual([
      { field: 'state', from: TicketState.INVESTIGATING, to: TicketState.WAITING_FOR_CUSTOMER },
      { field: 'severity', from: 2, to: 1 },
      { field: 'assignee', from: 'Emi Engineer', to: null },
      { field: 'planned', from: null, to: '2027.3' },
      { field: 'comments', count: 2, authors: ['Ethan Engineer'] },
    ]);
  });
});
