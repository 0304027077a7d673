import { describe, expect, it } from 'vitest';
import { followAfterScroll, isAtBottom } from './follow-on-scroll';

const view = (scrollTop: number) => ({ scrollTop, scrollHeight: 1000, clientHeight: 200 });

describe('following on scroll', () => {
  it('knows the bottom, with a few pixels of slack', () => {
    expect(isAtBottom(view(800))).toBe(true);
    expect(isAtBottom(view(795))).toBe(true);
    expect(isAtBottom(view(700))).toBe(false);
  });

  it('stops following when the reader scrolls up', () => {
    expect(followAfterScroll(true, 800, view(600))).toBe(false);
  });

  it('keeps following on the view’s own jump to the bottom', () => {
    expect(followAfterScroll(true, 300, view(800))).toBe(true);
  });

  it('keeps following when text dropped at the top moves the bottom up', () => {
    expect(followAfterScroll(true, 900, view(800))).toBe(true);
  });

  it('resumes when the reader scrolls back down to the bottom', () => {
    expect(followAfterScroll(false, 600, view(700))).toBe(false);
    expect(followAfterScroll(false, 700, view(800))).toBe(true);
  });

  it('stays paused when the position is restored after older text was prepended', () => {
    expect(followAfterScroll(false, 100, view(400))).toBe(false);
  });

  it('stays paused at the bottom without a scroll down (toggled off with the button)', () => {
    expect(followAfterScroll(false, 800, view(800))).toBe(false);
  });
});
