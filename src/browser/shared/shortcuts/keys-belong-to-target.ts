/** Fields and editors, where a key is text being typed. */
const TYPING_SELECTOR =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor';

/**
 * Widgets that use plain letters themselves (menu typeahead) or own the keyboard while open.
 * The shortcuts dialog opts back in, so "go to" pairs read from its list work inside it.
 */
const OWNER_SELECTOR =
  '[role="menu"], [role="menubar"], [role="listbox"], [role="alertdialog"], [role="dialog"]:not([data-allows-shortcuts])';

/** Whether a key pressed on `target` is the target's own, so no shortcut may act on it. */
export function keysBelongToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest(`${TYPING_SELECTOR}, ${OWNER_SELECTOR}`) !== null;
}
