import { describe, expect, it } from 'vitest';
import { RefreshGate } from './refresh-gate';

function manualRounds() {
  const pending: (() => void)[] = [];
  let clock = 0;
  const gate = new RefreshGate(
    () => new Promise<void>((resolve) => pending.push(resolve)),
    () => clock,
  );
  return {
    gate,
    pending,
    tick: () => ++clock,
    finish: async () => {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('RefreshGate', () => {
  it('shares one round between callers asking at the same moment', async () => {
    const { gate, pending, finish } = manualRounds();
    const a = gate.refresh();
    const b = gate.refresh();
    expect(pending).toHaveLength(1);
    await finish();
    await Promise.all([a, b]);
    expect(pending).toHaveLength(0);
  });

  it('runs a fresh round for a caller that asks after the running round started', async () => {
    const { gate, pending, tick, finish } = manualRounds();
    const stale = gate.refresh();
    tick();
    let freshDone = false;
    const fresh = gate.refresh().then(() => (freshDone = true));
    await finish();
    await stale;
    expect(freshDone).toBe(false);
    expect(pending).toHaveLength(1);
    await finish();
    await fresh;
    expect(freshDone).toBe(true);
  });

  it('does not re-run when a round started after the request already completed', async () => {
    const { gate, pending, finish } = manualRounds();
    const first = gate.refresh(0);
    await finish();
    await first;
    await gate.refresh(0);
    expect(pending).toHaveLength(0);
  });

  it('survives a failing round', async () => {
    let calls = 0;
    const gate = new RefreshGate(() => {
      calls++;
      return Promise.reject(new Error('probe failed'));
    });
    await gate.refresh();
    await gate.refresh();
    expect(calls).toBe(2);
  });
});
