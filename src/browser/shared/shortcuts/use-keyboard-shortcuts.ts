import { useEffect, useEffectEvent, useRef } from 'react';
import { useNavigate } from 'react-router';
import { keysBelongToTarget } from './keys-belong-to-target';
import { focusPageSearch } from './page-search';
import { GO_TO_KEY, GO_TO_TARGETS, GO_TO_WINDOW_MS, HELP_KEY, SEARCH_KEY } from './shortcut-keys';
import { readShortcutsEnabled } from './shortcuts-preference';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The console's single-key shortcuts on the whole document: `?` opens the help, `/` focuses the
 * page's search box, `g` then a page key navigates. Keys typed into fields and editors, chords
 * with Ctrl/Meta/Alt and keys a widget has handled are left alone; Escape belongs to dialogs.
 */
export function useKeyboardShortcuts({
  helpOpen,
  openHelp,
}: {
  helpOpen: boolean;
  openHelp: () => void;
}) {
  const navigate = useNavigate();
  const goToPressedAt = useRef<number | null>(null);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (MODIFIER_KEYS.has(event.key)) return;
    if (event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!readShortcutsEnabled() || keysBelongToTarget(event.target)) return;

    const pressedAt = goToPressedAt.current;
    goToPressedAt.current = null;
    if (pressedAt !== null && Date.now() - pressedAt <= GO_TO_WINDOW_MS) {
      const target = GO_TO_TARGETS.find((candidate) => candidate.key === event.key);
      if (target) {
        event.preventDefault();
        void navigate(target.href);
        return;
      }
    }
    if (event.key === GO_TO_KEY) {
      goToPressedAt.current = Date.now();
      return;
    }
    // The help dialog is modal: only "go to" pairs reach past it.
    if (helpOpen) return;
    if (event.key === HELP_KEY) {
      event.preventDefault();
      openHelp();
    } else if (event.key === SEARCH_KEY && focusPageSearch()) {
      event.preventDefault();
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
