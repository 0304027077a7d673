import { describe, expect, it } from 'vitest';
import { AgentDirectory, agentTableFrom, type AgentListing } from './agent-directory';
import { defined, nth } from '../test-support/defined';

function directoryWith(listings: AgentListing[]) {
  let clock = 0;
  let calls = 0;
  const directory = new AgentDirectory(
    async () => nth(listings, Math.min(calls++, listings.length - 1)),
    () => clock,
  );
  return { directory, calls: () => calls, advance: (ms: number) => (clock += ms) };
}

const listing = (body: unknown): AgentListing => ({
  ok: true,
  agents: defined(agentTableFrom(body)),
});

describe('AgentDirectory', () => {
  it('resolves agents through the cached list and re-reads it when stale', async () => {
    const { directory, calls, advance } = directoryWith([
      listing({ slaves: [{ id: 'S0', pid: 'slave(1)@10.0.0.1:5051' }] }),
      listing({ slaves: [{ id: 'S0', pid: 'slave(1)@10.0.0.9:5051' }] }),
    ]);
    expect(await directory.lookup('S0')).toEqual({ kind: 'found', url: 'http://10.0.0.1:5051' });
    expect(await directory.lookup('S0')).toEqual({ kind: 'found', url: 'http://10.0.0.1:5051' });
    expect(calls()).toBe(1);
    advance(6_000);
    expect(await directory.lookup('S0')).toEqual({ kind: 'found', url: 'http://10.0.0.9:5051' });
    expect(calls()).toBe(2);
  });

  it('looks again for an unknown agent before answering 404, at most once a second', async () => {
    const { directory, calls, advance } = directoryWith([
      listing({ slaves: [] }),
      listing({ slaves: [{ id: 'S1', pid: 'slave(1)@10.0.0.2:5051' }] }),
    ]);
    expect(await directory.lookup('S1')).toMatchObject({ kind: 'failure', statusCode: 404 });
    expect(await directory.lookup('S1')).toMatchObject({ statusCode: 404 });
    expect(calls()).toBe(1);
    advance(1_500);
    expect(await directory.lookup('S1')).toEqual({ kind: 'found', url: 'http://10.0.0.2:5051' });
  });

  it('passes a failing master through and reports agents without an address', async () => {
    const failing = directoryWith([
      { ok: false, statusCode: 503, message: 'No Mesos master is leading' },
    ]);
    expect(await failing.directory.lookup('S0')).toEqual({
      kind: 'failure',
      statusCode: 503,
      message: 'No Mesos master is leading',
    });
    const odd = directoryWith([listing({ slaves: [{ id: 'S0', pid: 'slave(1)' }] })]);
    expect(await odd.directory.lookup('S0')).toMatchObject({ statusCode: 502 });
  });

  it('rejects bodies that are not an agent list', () => {
    expect(agentTableFrom({ frameworks: [] })).toBeNull();
    expect(agentTableFrom(null)).toBeNull();
  });
});
