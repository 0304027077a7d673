import { describe, expect, it } from 'vitest';
import { Lockout } from './lockout';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Lockout', () => {
  it('locks a user after five wrong passwords within a minute, for a while', () => {
    const time = clock();
    const lockout = new Lockout({ now: time.now, lockMs: 300_000 });
    for (let i = 0; i < 4; i++) lockout.fail('alice');
    expect(lockout.lockedFor('alice')).toBe(0);
    lockout.fail('alice');
    expect(lockout.lockedFor('alice')).toBe(300_000);
    expect(lockout.lockedFor('bob')).toBe(0);
    time.advance(300_000);
    expect(lockout.lockedFor('alice')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const time = clock();
    const lockout = new Lockout({ now: time.now });
    for (let i = 0; i < 4; i++) lockout.fail('alice');
    time.advance(61_000);
    lockout.fail('alice');
    expect(lockout.lockedFor('alice')).toBe(0);
  });

  it('starts counting again after a right password', () => {
    const lockout = new Lockout();
    for (let i = 0; i < 4; i++) lockout.fail('alice');
    lockout.succeed('alice');
    lockout.fail('alice');
    expect(lockout.lockedFor('alice')).toBe(0);
  });

  it('tracks a bounded number of names', () => {
    const time = clock();
    const lockout = new Lockout({ now: time.now, maxTracked: 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) lockout.fail(name);
    expect(lockout.tracked).toBeLessThanOrEqual(4);
  });
});
