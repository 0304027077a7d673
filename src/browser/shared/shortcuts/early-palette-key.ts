import { isPaletteKey } from './shortcut-keys';

let pressed = false;
let listener: ((event: KeyboardEvent) => void) | null = null;

/**
 * From the preload script on: Ctrl+K (Meta+K) pressed before the console's code is in, e.g. on the
 * rows the server drew into the tasks page, is kept from the browser (its own search box) and
 * remembered, so the palette opens once the console is in instead of the key being lost.
 */
export function rememberEarlyPaletteKey(doc: Document = document): void {
  if (listener !== null) return;
  listener = (event) => {
    if (!isPaletteKey(event) || event.defaultPrevented) return;
    event.preventDefault();
    pressed = true;
  };
  doc.addEventListener('keydown', listener);
}

/** Whether Ctrl+K was pressed before the console was in. */
export function earlyPaletteKeyPressed(): boolean {
  return pressed;
}

/** Stops remembering and forgets: the console answers Ctrl+K from now on. */
export function forgetEarlyPaletteKey(doc: Document = document): void {
  if (listener !== null) doc.removeEventListener('keydown', listener);
  listener = null;
  pressed = false;
}
