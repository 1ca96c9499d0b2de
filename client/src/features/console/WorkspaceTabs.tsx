import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The tabs of the ticket workspace. */
export type WorkspaceTab = 'conversation' | 'history';

const TABS: readonly WorkspaceTab[] = ['conversation', 'history'];

/** Props of WorkspaceTabs. */
export interface WorkspaceTabsProps {
  /** The content of each tab. */
  panels: Record<WorkspaceTab, ReactNode>;
}

/**
 * Conversation and history as ARIA tabs (arrow keys switch). Hidden panels
 * stay mounted, so a half-written reply survives a look at the history.
 */
export function WorkspaceTabs({ panels }: WorkspaceTabsProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<WorkspaceTab>('conversation');
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setActive(TABS[next]);
    buttons.current[next]?.focus();
  }

  return (
    <section className="card">
      <div role="tablist" aria-label={t('workspace.tabs')} className="tabs">
        {TABS.map((tab, index) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            data-testid={`tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            className={active === tab ? 'tab tab-on' : 'tab'}
            onClick={() => setActive(tab)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t(`workspace.tab.${tab}`)}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          hidden={active !== tab}
        >
          {panels[tab]}
        </div>
      ))}
    </section>
  );
}
