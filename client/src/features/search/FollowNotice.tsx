import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** Whether the viewer follows a ticket. */
const TicketFollowQuery = graphql(`
  query TicketFollow($number: String!) {
    ticket(number: $number) {
      number
      viewerFollows
    }
  }
`);

/** Stops following a ticket. */
const UnfollowTicketMutation = graphql(`
  mutation UnfollowTicket($number: String!) {
    unfollowTicket(number: $number) {
      number
      viewerFollows
    }
  }
`);

/**
 * On a ticket's status page: says that the customer follows this
 * colleague's ticket (and gets its updates), with a way to stop.
 * Renders nothing for tickets the customer does not follow.
 */
export function FollowNotice({ number }: { number: string }) {
  const { t } = useTranslation();
  const justFollowed = (useLocation().state as { followed?: boolean } | null)?.followed === true;
  const { data } = useQuery(TicketFollowQuery, { variables: { number } });
  const [unfollow, { loading }] = useMutation(UnfollowTicketMutation);

  if (!data?.ticket?.viewerFollows) return null;
  return (
    <p
      className={justFollowed ? 'alert alert-success follow-notice' : 'alert follow-notice'}
      role="status"
      data-testid="follow-notice"
    >
      <span>{justFollowed ? t('duplicates.nowFollowing') : t('duplicates.following')}</span>{' '}
      <button
        type="button"
        className="link-button"
        data-testid="unfollow"
        disabled={loading}
        onClick={() => void unfollow({ variables: { number } })}
      >
        {t('duplicates.unfollow')}
      </button>
    </p>
  );
}
