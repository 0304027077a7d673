import { describe, expect, it } from 'vitest';
import type { MesosAgent, MesosExecutorStatistics, MesosFileRead } from '../../../src/api/mesos';
import type { MesosSimulationOptions } from '../index';
import { createMesosForTest, registerTestScheduler } from '../testing/mesos-test-support';
import { useMswTestServer } from '../../testing/msw-test-server';

const server = useMswTestServer();

const LEADER = 'http://master-1.mesos.test:5050';
const AGENT_0 = 'http://slave-1.mesos.test:5051';

function simulatedMesos(options: Partial<MesosSimulationOptions> = {}) {
  const simulation = createMesosForTest(options);
  server.use(...simulation.handlers());
  const scheduler = registerTestScheduler(simulation);
  const nginx = scheduler.launchDockerTask('nginx', 0, 31010);
  const basic = scheduler.launchShellTask('basic-0', 0);
  simulation.model.advance(10_000);
  const agentId = simulation.model.agents[0]?.id ?? '';
  return { simulation, scheduler, nginx, basic, agentId, frameworkId: scheduler.port.frameworkId };
}

function call(body: unknown, master = LEADER) {
  return fetch(`${master}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
}

async function agentEntry(agentId: string): Promise<MesosAgent | undefined> {
  const response = await fetch(`${LEADER}/master/slaves`);
  const { slaves } = (await response.json()) as { slaves: MesosAgent[] };
  return slaves.find((agent) => agent.id === agentId);
}

const agentIdOf = (value: string) => ({ agent_id: { value } });

describe('DRAIN_AGENT, DEACTIVATE_AGENT, REACTIVATE_AGENT, MARK_AGENT_GONE', () => {
  it('drains an agent: DRAINING while its tasks are killed, DRAINED when the last one ends', async () => {
    const { simulation, scheduler, agentId } = simulatedMesos();
    const response = await call({
      type: 'DRAIN_AGENT',
      drain_agent: { ...agentIdOf(agentId), max_grace_period: { nanoseconds: 2_000_000_000 } },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(await agentEntry(agentId)).toMatchObject({
      active: true,
      deactivated: true,
      drain_info: {
        state: 'DRAINING',
        config: { max_grace_period: { nanoseconds: 2_000_000_000 }, mark_gone: false },
      },
    });
    expect(scheduler.updates.at(-1)?.state).toBe('TASK_KILLING');
    simulation.model.advance(2_000);
    expect(scheduler.updates.slice(-2).map((update) => update.state)).toEqual([
      'TASK_KILLED',
      'TASK_KILLED',
    ]);
    expect((await agentEntry(agentId))?.drain_info?.state).toBe('DRAINED');
    // A deactivated agent is offered to nobody.
    expect(scheduler.port.offers().map((offer) => offer.agentId)).not.toContain(agentId);
  });

  it('a drain with mark_gone ends with the agent gone and its tasks gone by operator', async () => {
    const { simulation, scheduler, agentId } = simulatedMesos();
    await call({ type: 'DRAIN_AGENT', drain_agent: { ...agentIdOf(agentId), mark_gone: true } });
    simulation.model.advance(3_000);
    expect(scheduler.updates.at(-1)?.state).toBe('TASK_GONE_BY_OPERATOR');
    expect(await agentEntry(agentId)).toBeUndefined();
    const state = (await (await fetch(`${LEADER}/master/state`)).json()) as {
      unreachable_slaves: number;
    };
    expect(state.unreachable_slaves).toBe(0);
  });

  it('deactivates and reactivates; reactivating an active agent is refused', async () => {
    const { agentId } = simulatedMesos();
    expect(
      (await call({ type: 'DEACTIVATE_AGENT', deactivate_agent: agentIdOf(agentId) })).status,
    ).toBe(200);
    expect(await agentEntry(agentId)).toMatchObject({ deactivated: true });
    expect((await agentEntry(agentId))?.drain_info).toBeUndefined();
    expect(
      (await call({ type: 'REACTIVATE_AGENT', reactivate_agent: agentIdOf(agentId) })).status,
    ).toBe(200);
    expect(await agentEntry(agentId)).toMatchObject({ deactivated: false });
    const again = await call({ type: 'REACTIVATE_AGENT', reactivate_agent: agentIdOf(agentId) });
    expect(again.status).toBe(400);
    expect(await again.text()).toBe(`Agent ${agentId} is not deactivated`);
  });

  it('marks an agent gone at once', async () => {
    const { scheduler, agentId } = simulatedMesos();
    expect(
      (await call({ type: 'MARK_AGENT_GONE', mark_agent_gone: agentIdOf(agentId) })).status,
    ).toBe(200);
    expect(scheduler.updates.at(-1)).toMatchObject({ state: 'TASK_GONE_BY_OPERATOR' });
    expect(await agentEntry(agentId)).toBeUndefined();
    const drain = await call({ type: 'DRAIN_AGENT', drain_agent: agentIdOf(agentId) });
    expect(drain.status).toBe(400);
    expect(await drain.text()).toBe(`Unknown agent ${agentId}`);
  });

  it('rejects what Mesos rejects: an unknown agent, a missing body, a negative grace period', async () => {
    const { agentId } = simulatedMesos();
    const unknown = await call({
      type: 'DEACTIVATE_AGENT',
      deactivate_agent: agentIdOf('nope-S9'),
    });
    expect([unknown.status, await unknown.text()]).toEqual([400, 'Unknown agent nope-S9']);
    const missing = await call({ type: 'DRAIN_AGENT' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Expecting 'drain_agent' to be present");
    const negative = await call({
      type: 'DRAIN_AGENT',
      drain_agent: { ...agentIdOf(agentId), max_grace_period: { nanoseconds: -1 } },
    });
    expect(negative.status).toBe(400);
  });

  it('a standby redirects the call to the leader', async () => {
    const { agentId } = simulatedMesos();
    const response = await call(
      { type: 'DEACTIVATE_AGENT', deactivate_agent: agentIdOf(agentId) },
      'http://master-2.mesos.test:5050',
    );
    expect(response.status).toBe(307);
  });

  it('masters before 1.9 do not know the draining calls (but know MARK_AGENT_GONE)', async () => {
    const { agentId } = simulatedMesos({ version: '1.8.1' });
    for (const type of ['DRAIN_AGENT', 'DEACTIVATE_AGENT', 'REACTIVATE_AGENT']) {
      const response = await call({ type, [type.toLowerCase()]: agentIdOf(agentId) });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('unknown call');
    }
    const version = (await (await fetch(`${LEADER}/version`)).json()) as { version: string };
    expect(version.version).toBe('1.8.1');
    expect(
      (await call({ type: 'MARK_AGENT_GONE', mark_agent_gone: agentIdOf(agentId) })).status,
    ).toBe(200);
  });
});

describe('TEARDOWN', () => {
  it('v1 TEARDOWN kills every task of the framework and completes it', async () => {
    const { scheduler, frameworkId } = simulatedMesos();
    const response = await call({
      type: 'TEARDOWN',
      teardown: { framework_id: { value: frameworkId } },
    });
    expect(response.status).toBe(200);
    expect(scheduler.updates.slice(-2).map((update) => update.state)).toEqual([
      'TASK_KILLED',
      'TASK_KILLED',
    ]);
    const frameworks = (await (await fetch(`${LEADER}/master/frameworks`)).json()) as {
      completed_frameworks: { id: string }[];
    };
    expect(frameworks.completed_frameworks.map((f) => f.id)).toContain(frameworkId);
    const again = await call({
      type: 'TEARDOWN',
      teardown: { framework_id: { value: frameworkId } },
    });
    expect([again.status, await again.text()]).toEqual([
      400,
      'No framework found with specified ID',
    ]);
  });

  it('v0 POST /master/teardown takes a frameworkId form body', async () => {
    const { frameworkId } = simulatedMesos({ operatorApi: false });
    const post = (body: string) =>
      fetch(`${LEADER}/master/teardown`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
    const missing = await post('');
    expect(missing.status).toBe(400);
    expect((await post(`frameworkId=${frameworkId}`)).status).toBe(200);
    expect((await fetch(`${LEADER}/master/teardown`)).status).toBe(405);
  });
});

describe('agent usage, flags and node logs', () => {
  it('/monitor/statistics has one entry per running executor whose CPU time grows', async () => {
    const { simulation, nginx, basic } = simulatedMesos();
    const sample = async () =>
      (await (await fetch(`${AGENT_0}/monitor/statistics`)).json()) as MesosExecutorStatistics[];
    const first = await sample();
    expect(first.map((entry) => entry.executor_id).sort()).toEqual([basic, nginx].sort());
    simulation.model.advance(3_000);
    const second = await sample();
    for (const entry of second) {
      const before = first.find((e) => e.executor_id === entry.executor_id)?.statistics;
      const cpu = (s: MesosExecutorStatistics['statistics'] | undefined) =>
        (s?.cpus_user_time_secs ?? 0) + (s?.cpus_system_time_secs ?? 0);
      expect(cpu(entry.statistics)).toBeGreaterThan(cpu(before));
      expect(entry.statistics.timestamp - (before?.timestamp ?? 0)).toBe(3);
      expect(entry.statistics.mem_rss_bytes).toBeLessThan(entry.statistics.mem_limit_bytes ?? 0);
    }
    // The agent's delegate answers the same under its process id.
    expect((await fetch(`${AGENT_0}/slave(1)/monitor/statistics`)).status).toBe(200);
  });

  it('agents answer /flags with string values', async () => {
    simulatedMesos();
    const { flags } = (await (await fetch(`${AGENT_0}/flags`)).json()) as {
      flags: Record<string, string>;
    };
    expect(flags).toMatchObject({ work_dir: '/var/lib/mesos', log_dir: '/var/log/mesos' });
    expect(Object.values(flags).every((value) => typeof value === 'string')).toBe(true);
  });

  it.each([
    [`${LEADER}/files/read?path=/master/log`, 'master.cpp'],
    [`${AGENT_0}/files/read?path=/slave/log`, 'slave.cpp'],
  ])('%s: a growing glog file read by offset', async (url, marker) => {
    const { simulation } = simulatedMesos();
    const size = async () =>
      ((await (await fetch(`${url}&offset=-1`)).json()) as MesosFileRead).offset;
    const before = await size();
    simulation.model.advance(5_000);
    expect(await size()).toBeGreaterThan(before);
    const read = (await (await fetch(`${url}&offset=0&length=4096`)).json()) as MesosFileRead;
    expect(read.data).toContain('Log line format');
    expect(read.data).toContain(marker);
  });

  it('a master does not serve an agent log, nor an agent the master log', async () => {
    simulatedMesos();
    expect((await fetch(`${LEADER}/files/read?path=/slave/log&offset=0`)).status).toBe(404);
    expect((await fetch(`${AGENT_0}/files/read?path=/master/log&offset=0`)).status).toBe(404);
  });
});
