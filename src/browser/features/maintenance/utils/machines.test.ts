import { describe, expect, it } from 'vitest';
import { changedSchedule, type ScheduledWindow } from './machines';

const window = (hostname: string, start = 1_000, durationMs = 3_600_000): ScheduledWindow => ({
  key: `${hostname}|`,
  machines: [{ hostname }],
  start,
  durationMs,
});

describe('changedSchedule', () => {
  it('adds to the schedule the master has now, keeping windows this page never saw', () => {
    expect(
      changedSchedule([window('a'), window('b')], { kind: 'add', window: window('c') }),
    ).toEqual({ windows: [window('a'), window('b'), window('c')] });
  });

  it('refuses to add a machine someone scheduled meanwhile', () => {
    const both = {
      ...window('b'),
      machines: [{ hostname: 'b' }, { hostname: 'c', ip: '10.0.0.3' }],
    };
    expect(
      changedSchedule([window('a'), both], {
        kind: 'add',
        window: {
          ...window('x'),
          machines: [{ hostname: 'c', ip: '10.0.0.3' }, { hostname: 'd' }],
        },
      }),
    ).toEqual({ conflict: 'scheduled', machines: 'c (10.0.0.3)' });
  });

  it('removes only the window that was shown, leaving the others as they are now', () => {
    expect(
      changedSchedule([window('a'), window('b'), window('c')], {
        kind: 'remove',
        window: window('b'),
      }),
    ).toEqual({ windows: [window('a'), window('c')] });
  });

  it('tells a window already removed from one changed since it was read', () => {
    expect(changedSchedule([window('a')], { kind: 'remove', window: window('b') })).toEqual({
      conflict: 'gone',
      machines: 'b',
    });
    expect(changedSchedule([window('b', 5_000)], { kind: 'remove', window: window('b') })).toEqual({
      conflict: 'changed',
      machines: 'b',
    });
  });
});
