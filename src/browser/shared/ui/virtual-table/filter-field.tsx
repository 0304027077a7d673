import { useEffect, useEffectEvent, useState } from 'react';
import { pageSearchProps } from '../../shortcuts/page-search';
import { ToolbarField } from './table-toolbar';
import './filter-field.css';

/** Typing settles for this long before the filter is applied (and the URL rewritten). */
export const FILTER_DEBOUNCE_MS = 150;

/**
 * A labelled search box whose value lives elsewhere (the URL): keystrokes stay local until typing
 * pauses, then `onChange` gets the text once. A new `value` from outside (back button, link)
 * replaces what is in the box. `pageSearch` makes it the box the `/` shortcut focuses.
 */
export function FilterField({
  label,
  value,
  onChange,
  placeholder,
  pageSearch = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  pageSearch?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setDraft(value);
  }

  // Callers pass a new onChange on every render (polls re-render often): it must not restart
  // the pause, only keystrokes do.
  const apply = useEffectEvent((text: string) => onChange(text));
  useEffect(() => {
    if (draft === applied) return;
    const timer = setTimeout(() => apply(draft), FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, applied]);

  return (
    <ToolbarField label={label} className="filter-field">
      {(id) => (
        <input
          id={id}
          className="control"
          type="text"
          enterKeyHint="search"
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          {...(pageSearch ? pageSearchProps : {})}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
    </ToolbarField>
  );
}
