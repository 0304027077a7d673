import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import { LeaderForwarder } from '../proxy/leader-forwarder';
import { LegacyJsonNames } from '../proxy/legacy-json-names';
import { MESOS_RULES } from '../proxy/side-rules';
import { createUpstreamDispatcher } from '../proxy/upstream-dispatcher';
import { startLegacyMesosMaster, type FakeMesosNode } from '../test-support/fake-legacy-mesos';
import { listAgentsFromLeader } from './list-agents';

describe('listAgentsFromLeader', () => {
  const dispatcher = createUpstreamDispatcher();
  let master: FakeMesosNode;

  beforeAll(async () => {
    master = await startLegacyMesosMaster({
      agents: [{ id: 'S0', pid: 'slave(1)@10.0.0.7:5051' }],
    });
  });

  afterAll(async () => {
    await master.stop();
    await dispatcher.close();
  });

  it('reads the agents from state.json on a master older than /master/slaves (0.24)', async () => {
    const discovery = {
      leader: () => master.url,
      rediscover: () => Promise.resolve(master.url),
      adopt: () => master.url,
      noLeaderMessage: () => 'No Mesos master is leading',
    } as Partial<LeaderDiscovery> as LeaderDiscovery;
    const forwarder = new LeaderForwarder(
      discovery,
      dispatcher,
      MESOS_RULES,
      new LegacyJsonNames(),
    );
    expect(await listAgentsFromLeader(forwarder)).toEqual({
      ok: true,
      agents: new Map([['S0', 'http://10.0.0.7:5051']]),
    });
    expect(master.requests.map((request) => request.url)).toEqual([
      '/master/slaves',
      '/master/state',
      '/master/state.json',
    ]);
  });
});
