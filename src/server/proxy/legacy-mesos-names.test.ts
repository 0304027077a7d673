import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AgentSlice } from '../../api/cluster-model';
import { startFakeMarathonGroup, type FakeMarathonGroup } from '../test-support/fake-marathon';
import {
  startLegacyMesosAgent,
  startLegacyMesosMaster,
  type FakeLegacyAgent,
  type FakeMesosNode,
  type MesosNaming,
} from '../test-support/fake-legacy-mesos';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';

const HOUR_MS = 3_600_000;
const AGENT_ID = '20151002-083000-1694505644-5050-1190-S0';
const STDOUT = '/tmp/mesos/slaves/S0/frameworks/F0/executors/e/runs/latest/stdout';

/** A Mesos cluster of one generation (one master, one agent) behind Stadium. */
function clusterOf(naming: MesosNaming) {
  const ctx = {} as {
    agent: FakeLegacyAgent;
    master: FakeMesosNode;
    marathon: FakeMarathonGroup;
    proxy: ProxyUnderTest;
  };

  beforeAll(async () => {
    ctx.agent = await startLegacyMesosAgent({ id: AGENT_ID, files: { [STDOUT]: 'hello' }, naming });
    ctx.master = await startLegacyMesosMaster({
      naming,
      agents: [{ id: AGENT_ID, pid: ctx.agent.pid }],
    });
    ctx.marathon = await startFakeMarathonGroup(1);
    ctx.proxy = await startProxyUnderTest({
      mesos: ctx.master.url,
      marathon: ctx.marathon.instances.map((instance) => instance.url).join(','),
      // One state poll for the whole file: later reads come from the tests alone.
      clusterModel: { pollInterval: () => HOUR_MS },
    });
    await vi.waitFor(
      async () => {
        const { body } = await getJson(`${ctx.proxy.url}/api/cluster/agents`);
        expect((body as AgentSlice).rows.map((row) => row.id)).toEqual([AGENT_ID]);
      },
      { timeout: 10_000, interval: 50 },
    );
  });

  afterAll(async () => {
    await ctx.proxy.close();
    await Promise.all([ctx.agent.stop(), ctx.master.stop(), ctx.marathon.stop()]);
  });

  return ctx;
}

/** Paths `node` receives while `run` runs, metrics polls left out. */
async function pathsAskedDuring(node: FakeMesosNode, run: () => Promise<void>) {
  const before = node.requests.length;
  await run();
  return node.requests
    .slice(before)
    .map((request) => request.url)
    .filter((url) => !url.startsWith('/metrics/'));
}

describe('Stadium on a Mesos 0.24 cluster (.json names only)', () => {
  const ctx = clusterOf('json');

  it('builds the cluster model from /master/state.json, found after one 404', () => {
    const stateReads = ctx.master.requests
      .map((request) => request.url)
      .filter((url) => url.startsWith('/master/state'));
    expect(stateReads.slice(0, 2)).toEqual(['/master/state', '/master/state.json']);
  });

  it('asks the master for state.json straight away from then on', async () => {
    let version: unknown;
    const asked = await pathsAskedDuring(ctx.master, async () => {
      const { status, body } = await getJson(`${ctx.proxy.url}/api/mesos/master/state`);
      expect(status).toBe(200);
      version = (body as { version: unknown }).version;
    });
    expect(version).toBe('0.24.1');
    expect(asked).toEqual(['/master/state.json']);
  });

  it('reaches the agent state, then sandbox files, with one request per call after the first', async () => {
    const state = () => getJson(`${ctx.proxy.url}/api/agents/${AGENT_ID}/state`);
    expect(await pathsAskedDuring(ctx.agent, async () => void (await state()))).toEqual([
      '/state',
      '/state.json',
    ]);
    expect(await pathsAskedDuring(ctx.agent, async () => void (await state()))).toEqual([
      '/state.json',
    ]);
    const query = `path=${encodeURIComponent(STDOUT)}&offset=0&length=1024`;
    let read: unknown;
    const asked = await pathsAskedDuring(ctx.agent, async () => {
      read = await getJson(`${ctx.proxy.url}/api/agents/${AGENT_ID}/files/read?${query}`);
    });
    expect(read).toMatchObject({ status: 200, body: { data: 'hello', offset: 0 } });
    expect(asked).toEqual([`/files/read.json?${query}`]);
  });

  it("passes a legacy agent's 404 for a missing file through", async () => {
    const { status, body } = await getJson(
      `${ctx.proxy.url}/api/agents/${AGENT_ID}/files/read?path=%2Fnope&offset=0`,
    );
    expect({ status, body }).toEqual({ status: 404, body: 'File not found' });
  });

  it('follows an agent upgraded past 1.7 back to the plain names', async () => {
    ctx.agent.serveNames('plain');
    const state = async () => {
      const { status } = await getJson(`${ctx.proxy.url}/api/agents/${AGENT_ID}/slave(1)/state`);
      expect(status).toBe(200);
    };
    expect(await pathsAskedDuring(ctx.agent, state)).toEqual([
      '/slave(1)/state.json',
      '/slave(1)/state',
    ]);
    expect(await pathsAskedDuring(ctx.agent, state)).toEqual(['/slave(1)/state']);
  });
});

describe('Stadium on a Mesos 1.8+ cluster (plain names only)', () => {
  const ctx = clusterOf('plain');

  it('never asks a node for a .json name, not even for a missing file', async () => {
    const asked = async (path: string) => (await getJson(`${ctx.proxy.url}${path}`)).status;
    expect(await asked('/api/mesos/master/state')).toBe(200);
    expect(await asked('/api/mesos/files/read?path=%2Fnope&offset=0')).toBe(404);
    expect(await asked(`/api/agents/${AGENT_ID}/state`)).toBe(200);
    expect(await asked(`/api/agents/${AGENT_ID}/files/read?path=%2Fnope&offset=0`)).toBe(404);
    const everything = [...ctx.master.requests, ...ctx.agent.requests].map((r) => r.url);
    expect(everything.filter((url) => url.includes('.json'))).toEqual([]);
  });
});
