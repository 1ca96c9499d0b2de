import { useEffect, useMemo, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { ReportTypingMutation } from './presence.operations';

/** At most one "typing" report per this many milliseconds (the server lets it lapse after a few seconds). */
export const TYPING_REPORT_INTERVAL_MS = 3000;

/** What useTypingReporter returns, for a reply box. */
export interface TypingReporter {
  /** Call on each keystroke: reports `typing: true` at most every 3 s. */
  typing(): void;
  /** Call on blur and after sending: reports `typing: false` once, if true was sent. */
  stopped(): void;
}

/**
 * Tells the other agents on the ticket that this one is typing a reply,
 * throttled to one report every ~3 s while keys are pressed, and `false`
 * on blur, on send and when the box goes away. Failures are ignored: the
 * indicator is a courtesy and lapses by itself on the server.
 */
export function useTypingReporter(number: string, enabled: boolean): TypingReporter {
  const [report] = useMutation(ReportTypingMutation);
  const lastSent = useRef(0);
  const active = useRef(false);

  const reporter = useMemo<TypingReporter>(() => {
    const send = (typing: boolean) =>
      report({ variables: { input: { number, typing } } }).catch(() => undefined);
    return {
      typing() {
        if (!enabled) return;
        const now = Date.now();
        if (active.current && now - lastSent.current < TYPING_REPORT_INTERVAL_MS) return;
        active.current = true;
        lastSent.current = now;
        void send(true);
      },
      stopped() {
        if (!enabled || !active.current) return;
        active.current = false;
        lastSent.current = 0;
        void send(false);
      },
    };
  }, [enabled, number, report]);

  // Leaving the ticket (or the box) while typing clears the indicator at once.
  useEffect(() => () => reporter.stopped(), [reporter]);

  return reporter;
}
