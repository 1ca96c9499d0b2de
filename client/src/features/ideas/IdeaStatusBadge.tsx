import { useTranslation } from 'react-i18next';
import type { IdeaStatus } from '../../gql/graphql';

/** Where an idea stands on the roadmap, as a coloured badge. */
export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge idea-status idea-status-${status.toLowerCase()}`}
      data-testid="idea-status"
    >
      {t(`ideas.status.${status}`)}
    </span>
  );
}
