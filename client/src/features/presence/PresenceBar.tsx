import { useTranslation } from 'react-i18next';
import { PresenceActivity } from '@support/shared';
import type { PresenceEntry } from './usePresence';

/**
 * The other agents on this ticket, with who is typing a reply: a polite
 * live region, so a screen reader hears when a colleague starts replying.
 */
export function PresenceBar({ entries }: { entries: readonly PresenceEntry[] }) {
  const { t } = useTranslation();
  const typing = entries.filter((entry) => entry.activity === PresenceActivity.TYPING);
  return (
    <div className="presence" aria-live="polite" data-testid="presence">
      {entries.length > 0 && (
        <p className="presence-line">
          <span className="presence-label">{t('presence.alsoHere')}</span>
          {entries.map((entry) => (
            <span
              key={entry.user.id}
              className={
                entry.activity === PresenceActivity.TYPING
                  ? 'presence-person presence-typing'
                  : 'presence-person'
              }
              data-testid="presence-person"
            >
              {entry.user.name}
              {entry.activity === PresenceActivity.TYPING && (
                <span className="presence-activity"> · {t('presence.typing')}</span>
              )}
            </span>
          ))}
        </p>
      )}
      {typing.length > 0 && (
        <p className="alert alert-warning small" data-testid="presence-typing">
          {t('presence.typingWarning', {
            names: typing.map((entry) => entry.user.name).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
