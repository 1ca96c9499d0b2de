import { useEffect, useEffectEvent, useRef, useState } from 'react';

/** True when the key press belongs to a form control or a modified shortcut. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (event.altKey || event.ctrlKey || event.metaKey) return true;
  if (!target) return false;
  return (
    target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName)
  );
}

/**
 * Keyboard navigation of a list: j / ↓ next, k / ↑ previous, Enter opens.
 * The selected row receives focus, so screen readers follow it. Keys typed
 * into form controls are left alone. Returns the selected index (-1: none)
 * and the ref to put on the selected row.
 */
export function useListKeyboard(count: number, open: (index: number) => void) {
  const [selected, setSelected] = useState(-1);
  const row = useRef<HTMLTableRowElement>(null);
  const index = Math.min(selected, count - 1);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (isTyping(event) || count === 0) return;
    const isLink = (event.target as HTMLElement | null)?.tagName === 'A';
    if (event.key === 'j' || event.key === 'ArrowDown') {
      setSelected(Math.min(index + 1, count - 1));
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      setSelected(Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && index >= 0 && !isLink) {
      open(index);
    } else {
      return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => {
    if (selected >= 0) row.current?.focus();
  }, [selected]);

  return { index, ref: row };
}
