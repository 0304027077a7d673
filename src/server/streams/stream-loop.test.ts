import { describe, expect, it } from 'vitest';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import { StreamLoop } from './stream-loop';

/** A discovery whose leader the test sets, and a loop whose streams stay open until aborted. */
function loopOn(firstLeader: string | null) {
  let leader = firstLeader;
  const listeners = new Set<(leader: string | null) => void>();
  const discovery = {
    leader: () => leader,
    onLeaderChange(listener: (leader: string | null) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as LeaderDiscovery;
  const ended: string[] = [];
  const streams: { origin: string; open: () => void }[] = [];
  const loop = new StreamLoop({
    discovery,
    retryMs: 1,
    noun: 'master',
    stream: 'test',
    log: () => {},
    follow: (signal, opened) =>
      new Promise<void>((_, reject) => {
        const origin = leader ?? 'none';
        streams.push({ origin, open: () => opened(origin) });
        signal.addEventListener('abort', () => reject(signal.reason as Error));
      }),
    failed: (reason) => ended.push((reason as Error).message),
  });
  const setLeader = (next: string | null) => {
    leader = next;
    for (const listener of listeners) listener(next);
  };
  return { loop, ended, streams, setLeader };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('stream loop and leader changes', () => {
  it('keeps a stream while no leader can be named, and ends it for another leader', async () => {
    const { loop, ended, streams, setLeader } = loopOn('http://m1');
    loop.start();
    await settle();
    // Still opening (a 100 MB SUBSCRIBED on its way): probes time out, then name the same leader.
    setLeader(null);
    setLeader('http://m1');
    await settle();
    expect(ended).toEqual([]);
    streams[0]?.open();
    setLeader(null);
    await settle();
    expect(ended).toEqual([]);
    setLeader('http://m2');
    await settle();
    expect(ended).toEqual(['the leading master changed']);
    expect(streams.at(-1)?.origin).toBe('http://m2');
    loop.stop();
  });
});
