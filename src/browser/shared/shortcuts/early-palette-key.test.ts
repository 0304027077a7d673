import { afterEach, describe, expect, it } from 'vitest';
import {
  earlyPaletteKeyPressed,
  forgetEarlyPaletteKey,
  rememberEarlyPaletteKey,
} from './early-palette-key';

function press(init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

afterEach(() => {
  forgetEarlyPaletteKey();
});

describe('Ctrl+K before the console is in', () => {
  it('is kept from the browser and remembered once for the palette', () => {
    rememberEarlyPaletteKey();
    expect(press({ key: 'k', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(earlyPaletteKeyPressed()).toBe(true);
    forgetEarlyPaletteKey();
    expect(earlyPaletteKeyPressed()).toBe(false);
  });

  it('leaves other keys alone', () => {
    rememberEarlyPaletteKey();
    expect(press({ key: 'k' }).defaultPrevented).toBe(false);
    expect(press({ key: 'K', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(earlyPaletteKeyPressed()).toBe(false);
  });

  it('is the console’s to answer once it is in', () => {
    rememberEarlyPaletteKey();
    forgetEarlyPaletteKey();
    expect(press({ key: 'k', metaKey: true }).defaultPrevented).toBe(false);
    expect(earlyPaletteKeyPressed()).toBe(false);
  });
});
