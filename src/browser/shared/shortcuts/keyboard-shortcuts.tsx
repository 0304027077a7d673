import { ShortcutsDialog } from './shortcuts-dialog';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useShortcutsDialogState } from './use-shortcuts-dialog-state';

/** The console's keyboard shortcuts and their help; mounted once, in the header. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useShortcutsDialogState();
  useKeyboardShortcuts({ helpOpen: open, openHelp: () => setOpen(true) });
  return <ShortcutsDialog open={open} onOpenChange={setOpen} />;
}
