import { afterEach, describe, expect, it } from 'vitest';
import type { MesosAgentState, MesosMasterState } from '../../src/api/mesos';
import { createSimulatedCluster } from '../cluster';
import type { SimulatedCluster } from '../cluster';
import { serveCluster } from './serve-cluster';
import type { ServedCluster } from './serve-cluster';

let served: ServedCluster | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

async function servedCluster(): Promise<{ cluster: SimulatedCluster; served: ServedCluster }> {
  const cluster = createSimulatedCluster();
  served = await serveCluster(cluster);
  return { cluster, served };
}

/** A running Marathon task's agent (found through the leader's state, as the proxy does). */
async function aRunningSandbox(served: ServedCluster) {
  const state = (await (
    await fetch(`${served.masterUrls[0] ?? ''}/master/state`)
  ).json()) as MesosMasterState;
  const task = state.frameworks.find((f) => f.name === 'marathon')?.tasks[0];
  const pid = state.slaves.find((s) => s.id === task?.slave_id)?.pid ?? '';
  const agentUrl = `http://${pid.slice(pid.indexOf('@') + 1)}`;
  const agent = (await (await fetch(`${agentUrl}/state`)).json()) as MesosAgentState;
  const executor = agent.frameworks.flatMap((f) => f.executors).find((e) => e.id === task?.id);
  if (!executor) throw new Error('no running Marathon task');
  return { agentUrl, directory: executor.directory };
}

describe('serveCluster', () => {
  it('serves every node on its own loopback port and re-addresses the model', async () => {
    const { cluster, served } = await servedCluster();
    expect(served.masterUrls).toHaveLength(3);
    expect(served.marathonUrls).toHaveLength(3);
    expect(served.agentUrls).toHaveLength(3);
    for (const url of [...served.masterUrls, ...served.marathonUrls, ...served.agentUrls]) {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    }
    expect(cluster.mesos.leader()?.address).toBe(served.masterUrls[0]?.slice('http://'.length));
  });

  it('redirects a standby to the leader with a Location that resolves over HTTP', async () => {
    const { served } = await servedCluster();
    const standby = `${served.masterUrls[1] ?? ''}/master/state?jsonp=`;
    const redirect = await fetch(standby, { redirect: 'manual' });
    expect(redirect.status).toBe(307);
    const location = redirect.headers.get('location') ?? '';
    expect(location).toBe(
      `//${(served.masterUrls[0] ?? '').slice('http://'.length)}/master/state?jsonp=`,
    );
    const state = (await (await fetch(new URL(location, standby))).json()) as MesosMasterState;
    expect(state.leader_info?.hostname).toBe('127.0.0.1');
    expect(state.slaves.map((s) => s.pid)).toEqual(
      served.agentUrls.map((url) => `slave(1)@${url.slice('http://'.length)}`),
    );
  });

  it('streams a sandbox download with the same bytes /files/read gives', async () => {
    const { cluster, served } = await servedCluster();
    cluster.advance(600_000);
    const { agentUrl, directory } = await aRunningSandbox(served);
    const path = encodeURIComponent(`${directory}/stdout`);
    const download = await fetch(`${agentUrl}/files/download?path=${path}`);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename=stdout');
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);
    const read = await fetch(`${agentUrl}/files/read?path=${path}&offset=0&length=200`);
    const { data } = JSON.parse(new TextDecoder('latin1').decode(await read.arrayBuffer())) as {
      data: string;
    };
    expect(Uint8Array.from(data, (c) => c.charCodeAt(0))).toEqual(bytes.subarray(0, 200));
  });

  it('passes a POST body through to Marathon', async () => {
    const { served } = await servedCluster();
    const response = await fetch(`${served.marathonUrls[0] ?? ''}/v2/apps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: '/served-app',
        cmd: 'sleep 1000',
        cpus: 0.1,
        mem: 16,
        instances: 1,
      }),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { id: string }).id).toBe('/served-app');
  });

  it('resets connections to a stopped master and answers again once it starts', async () => {
    const { cluster, served } = await servedCluster();
    cluster.mesos.stopMaster(0);
    await expect(fetch(`${served.masterUrls[0] ?? ''}/version`)).rejects.toThrow();
    expect(cluster.mesos.leader()?.address).toBe(served.masterUrls[1]?.slice('http://'.length));
    cluster.mesos.startMaster(0);
    expect((await fetch(`${served.masterUrls[0] ?? ''}/version`)).status).toBe(200);
  });
});
