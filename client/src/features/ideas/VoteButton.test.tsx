import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderPage } from '../../test/render';
import { IdeaStatus } from '../../gql/graphql';
import { VoteForIdeaMutation } from './ideas.operations';
import { VoteButton } from './VoteButton';

function idea(voteCount: number, viewerHasVoted: boolean) {
  return {
    __typename: 'Idea' as const,
    id: '7',
    title: 'Bulk PDF download',
    description: 'Download many invoices at once.',
    status: IdeaStatus.UnderReview,
    statusNote: null,
    voteCount,
    commentCount: 0,
    lastActivityAt: '2026-12-01T00:00:00Z',
    version: 1,
    createdAt: '2026-12-01T00:00:00Z',
    authorName: 'Hanako Yamada',
    organisationName: 'Tokyo Trading',
    viewerHasVoted,
    engagement: 2,
  };
}

describe('vote button', () => {
  describe('voting once', () => {
    it('sends one vote however fast it is clicked', async () => {
      let calls = 0;
      const vote: MockLink.MockedResponse = {
        request: { query: VoteForIdeaMutation, variables: { ideaId: '7' } },
        result: () => {
          calls += 1;
          return { data: { voteForIdea: idea(4, true) } };
        },
        delay: 20,
        maxUsageCount: 5,
      };
      renderPage(<VoteButton ideaId="7" voteCount={3} voted={false} />, { mocks: [vote] });
      const button = screen.getByTestId('vote-7');
      fireEvent.click(button);
      fireEvent.click(button);
      fireEvent.click(button);

      await waitFor(() => expect(button).not.toBeDisabled());
      expect(calls).toBe(1);
    });

    it('shows the state the API reports', () => {
      renderPage(<VoteButton ideaId="7" voteCount={4} voted />);
      const button = screen.getByTestId('vote-7');
      expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(button).toHaveAccessibleName(/You voted for this idea/);
      expect(screen.getByTestId('vote-count-7')).toHaveTextContent('4');
    });
  });
});
