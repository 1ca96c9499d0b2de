import { useTranslation } from 'react-i18next';
import { STAGE_OF_STATE, type TicketState } from '@support/shared';
import './ticket.css';

const STAGES = [1, 2, 3] as const;

/**
 * The three stages of the seed (report, investigation, resolution) with
 * the ticket's current one highlighted and the earlier ones done.
 */
export function StageProgress({ state }: { state: TicketState }) {
  const { t } = useTranslation();
  const current = STAGE_OF_STATE[state];
  return (
    <ol className="stages" aria-label={t('stage.label')} data-testid="stage-progress">
      {STAGES.map((stage) => {
        const status = stage < current ? 'done' : stage === current ? 'current' : 'todo';
        return (
          <li
            key={stage}
            className={`stage stage-${status}`}
            aria-current={status === 'current' ? 'step' : undefined}
            data-testid={`stage-${stage}`}
          >
            <span className="stage-number" aria-hidden="true">
              {stage}
            </span>
            <span className="stage-name">{t(`stage.${stage}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
