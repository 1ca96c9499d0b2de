import { useEffect, useId, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/** Props of SearchBox. */
export interface SearchBoxProps {
  /** The search in effect (e.g. from the URL). */
  value: string;
  /** Called once typing pauses, with the trimmed text ('' clears). */
  onSearch(text: string): void;
  /** Accessible name of the box. */
  label: string;
  placeholder?: string;
  testId?: string;
}

/**
 * A search field that reports its text once typing pauses, e.g. into a
 * list's URL filter: the customer's ticket search, the knowledge base.
 */
export function SearchBox({ value, onSearch, label, placeholder, testId }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text.trim());

  useEffect(() => {
    if (settled !== value) onSearch(settled);
    // Only a pause in typing searches: a new `value` or `onSearch` alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        data-testid={testId}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
