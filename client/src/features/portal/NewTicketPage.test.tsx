import { fireEvent, screen, within } from '@testing-library/react';
import { TicketState, TicketType } from '@support/shared';
import { renderPage } from '../../test/render';
import { NewTicketPage } from './NewTicketPage';
import { CreateTicketMutation } from './portal.operations';

function renderForm(mocks: never[] = []) {
  return renderPage(<NewTicketPage />, { path: '/portal/new', mocks });
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByTestId('intake-submit'));
}

/** The field's error text, found through the control's aria-describedby. */
function errorOf(testId: string): string | null {
  const control = screen.getByTestId(testId);
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((node) => node?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

function createdTicket(number: string) {
  return {
    __typename: 'Ticket',
    number,
    title: 'How do I export invoices?',
    type: TicketType.QUESTION,
    severity: 4,
    state: TicketState.NEW,
    version: 1,
    createdAt: '2026-12-04T01:00:00.000Z',
    updatedAt: '2026-12-04T01:00:00.000Z',
    organisation: { __typename: 'Organisation', id: '1', name: 'Tokyo Trading' },
    requester: { __typename: 'User', id: '10', name: 'Hanako Yamada' },
    assignee: null,
    plannedAvailability: null,
    serviceLevel: {
      __typename: 'TicketServiceLevel',
      phase: 'FIRST_RESPONSE',
      targetKind: 'FIRST_RESPONSE',
      targetMinutes: 540,
      clock: 'BUSINESS_HOURS',
      dueAt: '2026-12-04T09:00:00.000Z',
      atRiskAt: '2026-12-04T06:45:00.000Z',
      atRisk: false,
      breached: false,
      breachedAt: null,
      firstResponseAt: null,
    },
  };
}

describe('new ticket form', () => {
  describe('required fields per request type', () => {
    it('asks for title and description on every type, and names each field', async () => {
      renderForm();
      submit();
      expect(await screen.findByTestId('intake-errors')).toHaveAttribute('role', 'alert');
      expect(errorOf('intake-title')).toBeTruthy();
      expect(errorOf('intake-description')).toBeTruthy();
    });

    it('requires reproduction steps and business impact for a platform issue', async () => {
      renderForm();
      fireEvent.click(screen.getByTestId('type-PLATFORM_ISSUE'));
      type('intake-title', 'Invoices cannot be approved');
      type('intake-description', 'Error 500 on approve');
      submit();
      await screen.findByTestId('intake-errors');
      expect(errorOf('intake-title')).toBeNull();
      expect(errorOf('intake-steps')).toBeTruthy();
      expect(errorOf('intake-impact')).toBeTruthy();
      expect(screen.getByTestId('intake-steps')).toHaveAttribute('aria-required', 'true');
    });

    it('requires the explicit permission for a service request, and no platform fields', async () => {
      renderForm([
        {
          request: {
            query: CreateTicketMutation,
            variables: (variables: { input: { permissionGranted?: boolean } }) =>
              variables.input.permissionGranted === true,
          },
          result: { data: { createTicket: createdTicket('CS-000101') } },
        },
      ] as never);
      fireEvent.click(screen.getByTestId('type-SERVICE_REQUEST'));
      expect(screen.queryByTestId('intake-steps')).not.toBeInTheDocument();
      type('intake-title', 'Refresh the sandbox');
      type('intake-description', 'Please copy production to the sandbox.');
      submit();
      await screen.findByTestId('intake-errors');
      expect(screen.getByTestId('intake-permission')).toHaveAttribute('aria-invalid', 'true');
      fireEvent.click(screen.getByTestId('intake-permission'));
      submit();
      expect(await screen.findByTestId('location')).toHaveTextContent(
        'at /portal/tickets/CS-000101',
      );
    });

    it('keeps what was typed when the form is refused', async () => {
      renderForm();
      type('intake-title', 'Invoices cannot be approved');
      submit();
      await screen.findByTestId('intake-errors');
      expect(screen.getByTestId('intake-title')).toHaveValue('Invoices cannot be approved');
    });

    it('sends a general question with title and description only, then opens it', async () => {
      const input = {
        type: TicketType.QUESTION,
        severity: 4,
        title: 'How do I export invoices?',
        description: 'Where is the export button?',
        documentIds: [],
      };
      renderForm([
        {
          request: { query: CreateTicketMutation, variables: { input } },
          result: { data: { createTicket: createdTicket('CS-000100') } },
        },
      ] as never);
      fireEvent.click(screen.getByTestId('type-QUESTION'));
      type('intake-title', input.title);
      type('intake-description', input.description);
      submit();
      expect(await screen.findByTestId('location')).toHaveTextContent(
        'at /portal/tickets/CS-000100',
      );
    });
  });

  describe('severity', () => {
    it('suggests a level from the three questions and follows them', () => {
      renderForm();
      expect(screen.getByTestId('severity-4')).toBeChecked();
      fireEvent.click(screen.getByTestId('question-production'));
      fireEvent.click(screen.getByTestId('question-transactionsStopped'));
      expect(screen.getByTestId('severity-suggestion')).toHaveTextContent('1 – Critical');
      expect(screen.getByTestId('severity-1')).toBeChecked();
    });

    it('lets the customer override the suggestion, and go back to it', () => {
      renderForm();
      fireEvent.click(screen.getByTestId('question-production'));
      fireEvent.click(screen.getByTestId('question-transactionsStopped'));
      fireEvent.click(screen.getByTestId('severity-3'));
      expect(screen.getByTestId('severity-3')).toBeChecked();
      expect(screen.getByTestId('severity-1')).not.toBeChecked();
      expect(screen.getByText('You chose a different severity than suggested.')).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Use the suggested severity' }));
      expect(screen.getByTestId('severity-1')).toBeChecked();
    });
  });

  describe('product idea', () => {
    it('leads to the ideas board instead of opening a ticket', async () => {
      renderForm();
      fireEvent.click(screen.getByTestId('type-IDEA'));
      expect(await screen.findByTestId('location')).toHaveTextContent('at /ideas');
    });
  });

  it('offers file attachments with a labelled picker', () => {
    renderForm();
    const picker = screen.getByTestId('intake-files');
    expect(picker).toHaveAttribute('type', 'file');
    expect(
      within(picker.closest('fieldset') as HTMLElement).getByText('Attach files'),
    ).toBeTruthy();
  });
});
