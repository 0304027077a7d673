import { useCallback } from 'react';
import { useSearchWriter } from '../url/use-search-writer';

export const SHORTCUTS_PARAM = 'shortcuts';

/** Whether the shortcuts dialog is open, kept in the URL (`?shortcuts=1`) like every dialog. */
export function useShortcutsDialogState() {
  const [search, write] = useSearchWriter();
  const open = search.get(SHORTCUTS_PARAM) === '1';
  const setOpen = useCallback(
    (next: boolean) =>
      write((current) => {
        if (next) current.set(SHORTCUTS_PARAM, '1');
        else current.delete(SHORTCUTS_PARAM);
        return current;
      }),
    [write],
  );
  return [open, setOpen] as const;
}
