import { describe, expect, it } from 'vitest';
import type { AgentLookup } from './agent-directory';
import { ModelAgentDirectory } from './model-agent-directory';

function directory(options: { loaded: boolean; leader?: string | null }) {
  const fallbackCalls: string[] = [];
  const agents = new Map<string, string | null>([
    ['S0', '10.0.0.1:5051'],
    ['S1', null],
  ]);
  const resolver = new ModelAgentDirectory(
    {
      snapshot: () => (options.loaded ? ({} as never) : null),
      knowsAgent: (id) => agents.has(id),
      agentAddress: (id) => agents.get(id) ?? null,
    },
    {
      leader: () => (options.leader === undefined ? 'http://m1:5050' : options.leader),
      noLeaderMessage: () => 'No Mesos master is leading',
    },
    {
      async lookup(agentId): Promise<AgentLookup> {
        fallbackCalls.push(agentId);
        return { kind: 'found', url: 'http://10.0.0.7:5051' };
      },
    },
  );
  return { resolver, fallbackCalls };
}

describe('ModelAgentDirectory', () => {
  it("answers from the model's agents once it has a snapshot", async () => {
    const { resolver, fallbackCalls } = directory({ loaded: true });
    expect(await resolver.lookup('S0')).toEqual({ kind: 'found', url: 'http://10.0.0.1:5051' });
    expect(await resolver.lookup('S1')).toMatchObject({ kind: 'failure', statusCode: 502 });
    expect(await resolver.lookup('S9')).toEqual({
      kind: 'failure',
      statusCode: 404,
      message: 'Agent S9 is not known to the leading master',
    });
    expect(fallbackCalls).toEqual([]);
  });

  it('asks the fallback before the first snapshot', async () => {
    const { resolver, fallbackCalls } = directory({ loaded: false });
    expect(await resolver.lookup('S9')).toEqual({ kind: 'found', url: 'http://10.0.0.7:5051' });
    expect(fallbackCalls).toEqual(['S9']);
  });

  it('reaches no agent while no master leads', async () => {
    const { resolver } = directory({ loaded: true, leader: null });
    expect(await resolver.lookup('S0')).toEqual({
      kind: 'failure',
      statusCode: 503,
      message: 'No Mesos master is leading',
    });
  });
});
