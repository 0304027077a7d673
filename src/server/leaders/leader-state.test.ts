import { describe, expect, it } from 'vitest';
import { LeaderState } from './leader-state';

function mesosState() {
  const log: string[] = [];
  const state = new LeaderState('mesos', 'static', 'http://m1:5050,http://m2:5050', (line) =>
    log.push(line),
  );
  state.setNodes([
    { url: 'http://m1:5050' },
    { url: 'http://10.0.0.2:5050', aliases: ['m2.internal:5050'] },
  ]);
  return { state, log };
}

describe('LeaderState', () => {
  it('maps what upstreams report to the configured URLs, and nothing else', () => {
    const { state } = mesosState();
    expect(state.urlFor('//M1:5050/master/state?x=1')).toBe('http://m1:5050');
    expect(state.urlFor('m2.internal:5050')).toBe('http://10.0.0.2:5050');
    expect(state.urlFor('http://10.0.0.2:5050')).toBe('http://10.0.0.2:5050');
    expect(state.urlFor('m3:5050')).toBeNull();
    expect(state.urlFor('https://marathon-3:8443')).toBeNull();
    expect(state.urlFor('m1:5051')).toBeNull();
    expect(state.urlFor('')).toBeNull();
  });

  it('maps a host name that resolves to a known ip:port to that node', async () => {
    const log: string[] = [];
    const state = new LeaderState('marathon', 'static', 'http://127.0.0.1:8080', (line) =>
      log.push(line),
    );
    state.setNodes([{ url: 'http://127.0.0.1:8080' }]);
    await expect(state.resolveKnown('localhost:8080')).resolves.toBe('http://127.0.0.1:8080');
    // Learned: the synchronous answer (X-Marathon-Leader) knows it from now on.
    expect(state.urlFor('http://localhost:8080')).toBe('http://127.0.0.1:8080');
    await expect(state.resolveKnown('localhost:9999')).resolves.toBeNull();
    await expect(state.resolveKnown('evil.invalid:8080')).resolves.toBeNull();
  });

  it('never adopts a foreign host, and says so once', () => {
    const { state, log } = mesosState();
    state.setLeader('http://m1:5050', undefined, 'master/elected');
    expect(state.adopt('//evil.example:5050/master/state', 'redirect')).toBeNull();
    expect(state.adopt('//evil.example:5050/master/state', 'redirect')).toBeNull();
    expect(state.leader()).toBe('http://m1:5050');
    expect(log).toEqual([
      'mesos leader: (none) -> http://m1:5050 (master/elected)',
      'mesos: not adopting "//evil.example:5050/master/state" as leader (redirect): not one of the known masters',
    ]);
  });

  it('logs one line per leader switch, not per confirmation', () => {
    const { state, log } = mesosState();
    state.setLeader('http://m1:5050', undefined, 'master/elected');
    state.setLeader('http://m1:5050', undefined, 'master/elected');
    state.adopt('//m2.internal:5050/master/state', 'http://m1:5050 redirected to it');
    state.adopt('m2.internal:5050', 'again');
    state.setLeader(null, 'No leader elected');
    expect(log).toEqual([
      'mesos leader: (none) -> http://m1:5050 (master/elected)',
      'mesos leader: http://m1:5050 -> http://10.0.0.2:5050 (http://m1:5050 redirected to it)',
      'mesos leader: http://10.0.0.2:5050 -> (none: No leader elected)',
    ]);
  });

  it('tells listeners about each change of leader until they unsubscribe', () => {
    const { state } = mesosState();
    const seen: (string | null)[] = [];
    const unsubscribe = state.onLeaderChange((leader) => seen.push(leader));
    state.setLeader('http://m1:5050');
    state.setLeader('http://m1:5050');
    state.adopt('m2.internal:5050', 'redirect');
    state.setLeader(null, 'No leader elected');
    unsubscribe();
    state.setLeader('http://m1:5050');
    expect(seen).toEqual(['http://m1:5050', 'http://10.0.0.2:5050', null]);
  });

  it('reports nodes, reachability and the reason there is no leader', () => {
    const { state } = mesosState();
    state.setReachable('http://m1:5050', true);
    state.setReachable('http://10.0.0.2:5050', false, 'connection refused (ECONNREFUSED)');
    state.setLeader(null, 'No leader elected');
    expect(state.noLeaderMessage()).toBe(
      'No Mesos master is leading (2 masters known, 1 answering): No leader elected',
    );
    expect(state.status()).toEqual({
      leader: null,
      discovery: 'static',
      source: 'http://m1:5050,http://m2:5050',
      leaderSince: null,
      problem: 'No leader elected',
      nodes: [
        { url: 'http://m1:5050', reachable: true, leader: false },
        {
          url: 'http://10.0.0.2:5050',
          reachable: false,
          leader: false,
          error: 'connection refused (ECONNREFUSED)',
        },
      ],
    });
  });
});
