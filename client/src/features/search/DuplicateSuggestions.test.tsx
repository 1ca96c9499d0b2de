import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { TicketState } from '@support/shared';
import { renderPage } from '../../test/render';
import { SearchField, SimilarityReason } from '../../gql/graphql';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { FollowTicketMutation, SimilarTicketsQuery } from './search.operations';
import { TYPING_PAUSE_MS } from './useDebouncedValue';

const TITLE = '本番環境で請求書の承認ができない';

function similarMock(title: string, calls: { count: number }): MockLink.MockedResponse {
  return {
    request: {
      query: SimilarTicketsQuery,
      variables: { input: { title, description: undefined, documentIds: undefined, first: 5 } },
    },
    result: () => {
      calls.count += 1;
      return {
        data: {
          similarTickets: [
            {
              __typename: 'SimilarTicket',
              score: 0.8,
              reasons: [SimilarityReason.SimilarText],
              matchedDocumentIds: [],
              highlights: [
                {
                  __typename: 'SearchHighlight',
                  start: 5,
                  end: 11,
                  field: SearchField.Title,
                  item: 0,
                },
              ],
              ticket: {
                __typename: 'Ticket',
                number: 'CS-000001',
                title: TITLE,
                state: TicketState.NEW,
                documentIds: [],
                viewerFollows: false,
                requester: { __typename: 'User', id: '11', name: 'Taro Sato' },
              },
            },
          ],
        },
      };
    },
  };
}

const followMock: MockLink.MockedResponse = {
  request: { query: FollowTicketMutation, variables: { number: 'CS-000001' } },
  result: {
    data: { followTicket: { __typename: 'Ticket', number: 'CS-000001', viewerFollows: true } },
  },
};

/** Renders the check with a title box that feeds it, as the intake form does. */
function Harness() {
  const [title, setTitle] = useState('');
  return (
    <>
      <input data-testid="title" value={title} onChange={(event) => setTitle(event.target.value)} />
      <DuplicateSuggestions title={title} description="" documentIds="" />
    </>
  );
}

describe('duplicate suggestions', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function type(text: string) {
    for (let end = 1; end <= text.length; end += 1) {
      fireEvent.change(screen.getByTestId('title'), { target: { value: text.slice(0, end) } });
      await act(async () => {
        jest.advanceTimersByTime(50);
      });
    }
  }

  describe('while typing', () => {
    it('asks once typing pauses, not once per key', async () => {
      const calls = { count: 0 };
      renderPage(<Harness />, { mocks: [similarMock('請求書の承認', calls)] });
      await type('請求書の承認');
      expect(calls.count).toBe(0);

      await act(async () => {
        jest.advanceTimersByTime(TYPING_PAUSE_MS);
      });
      expect(await screen.findByTestId('duplicate-CS-000001')).toBeInTheDocument();
      expect(calls.count).toBe(1);
    });

    it('marks where the typed words occur in the ticket’s title', async () => {
      renderPage(<Harness />, { mocks: [similarMock('請求書の承認', { count: 0 })] });
      await type('請求書の承認');
      await act(async () => {
        jest.advanceTimersByTime(TYPING_PAUSE_MS);
      });
      const row = await screen.findByTestId('duplicate-CS-000001');
      expect(row.querySelector('mark')).toHaveTextContent('請求書の承認');
    });
  });

  describe('follow instead', () => {
    it('follows the ticket and opens its status page', async () => {
      renderPage(<Harness />, {
        mocks: [similarMock('請求書の承認', { count: 0 }), followMock],
      });
      await type('請求書の承認');
      await act(async () => {
        jest.advanceTimersByTime(TYPING_PAUSE_MS);
      });
      fireEvent.click(await screen.findByTestId('follow-CS-000001'));

      expect(await screen.findByTestId('location')).toHaveTextContent(
        'at /portal/tickets/CS-000001',
      );
    });
  });
});
