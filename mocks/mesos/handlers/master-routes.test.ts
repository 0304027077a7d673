import { describe, expect, it } from 'vitest';
import type {
  MesosMasterState,
  MesosStateSummary,
  MesosTask,
  MetricsSnapshot,
} from '../../../src/api/mesos';
import type { MesosSimulation } from '../index';
import { createMesosForTest, registerTestScheduler } from '../testing/mesos-test-support';
import { useMswTestServer } from '../../testing/msw-test-server';

const server = useMswTestServer();

const MASTER_1 = 'http://master-1.mesos.test:5050';
const MASTER_2 = 'http://master-2.mesos.test:5050';

function simulatedMesos(): MesosSimulation {
  const simulation = createMesosForTest();
  server.use(...simulation.handlers());
  return simulation;
}

function simulatedMesosWithRunningTasks() {
  const simulation = simulatedMesos();
  const scheduler = registerTestScheduler(simulation);
  const nginx = scheduler.launchDockerTask('nginx', 0, 31010);
  simulation.model.advance(1_000);
  const basic = scheduler.launchShellTask('basic-0', 1);
  simulation.model.advance(30_000);
  return { simulation, scheduler, nginx, basic };
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

async function getJson<T>(url: string): Promise<T> {
  const response = await get(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('master leader redirects', () => {
  it.each([
    '/master/state',
    '/master/state-summary',
    '/master/slaves',
    '/master/frameworks',
    '/master/tasks',
    '/master/roles',
    '/state',
    '/tasks',
  ])('a standby answers %s with 307 to the leader, keeping path and query', async (path) => {
    simulatedMesos();
    const response = await get(`${MASTER_2}${path}?limit=5&order=asc`);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(
      `//master-1.mesos.test:5050${path}?limit=5&order=asc`,
    );
  });

  it('always redirects /master/redirect and /redirect to the bare leader, even on the leader', async () => {
    simulatedMesos();
    for (const url of [`${MASTER_1}/master/redirect`, `${MASTER_2}/redirect`]) {
      const response = await get(url);
      expect(response.status).toBe(307);
      expect(response.headers.get('location')).toBe('//master-1.mesos.test:5050');
    }
  });

  it('answers 404 below /master/redirect/', async () => {
    simulatedMesos();
    expect((await get(`${MASTER_1}/master/redirect/master/state`)).status).toBe(404);
  });

  it('follows an election: the old leader redirects to the new one', async () => {
    const { model } = simulatedMesos();
    model.electAnotherLeader();
    const response = await get(`${MASTER_1}/master/state`);
    expect(response.headers.get('location')).toBe('//master-2.mesos.test:5050/master/state');
    expect((await get(`${MASTER_2}/master/state`)).status).toBe(200);
  });

  it('answers 503 "No leader elected" without a quorum, but still serves metrics', async () => {
    const { model } = simulatedMesos();
    model.stopMaster(0);
    model.stopMaster(1);
    const state = await get('http://master-3.mesos.test:5050/master/state');
    expect(state.status).toBe(503);
    expect(await state.text()).toBe('No leader elected');
    expect((await get('http://master-3.mesos.test:5050/master/redirect')).status).toBe(503);
    const metrics = await getJson<MetricsSnapshot>(
      'http://master-3.mesos.test:5050/metrics/snapshot',
    );
    expect(metrics['master/elected']).toBe(0);
  });

  it('makes a stopped master fail at the network level', async () => {
    const { model } = simulatedMesos();
    model.stopMaster(0);
    await expect(get(`${MASTER_1}/master/state`)).rejects.toThrow();
  });
});

describe('master endpoints answered locally', () => {
  it('serves flags, version, health and metrics on a standby', async () => {
    simulatedMesos();
    const flags = await getJson<{ flags: Record<string, string> }>(`${MASTER_2}/master/flags`);
    expect(flags.flags.hostname).toBe('master-2.mesos.test');
    expect(flags.flags.quorum).toBe('2');
    const version = await getJson<{ version: string }>(`${MASTER_2}/version`);
    expect(version.version).toMatch(/^1\.\d+\.\d+$/);
    expect((await get(`${MASTER_2}/master/health`)).status).toBe(200);
    const metrics = await getJson<MetricsSnapshot>(`${MASTER_2}/metrics/snapshot`);
    expect(metrics['master/elected']).toBe(0);
    expect(metrics['master/cpus_total']).toBe(0);
  });

  it('wraps JSON in the jsonp callback', async () => {
    simulatedMesos();
    const response = await get(`${MASTER_1}/version?jsonp=angular.callbacks._1`);
    expect(response.headers.get('content-type')).toBe('text/javascript');
    expect(await response.text()).toMatch(/^angular\.callbacks\._1\(\{"version":.*\}\);$/);
  });

  it('answers 404 for unknown paths and the removed .json aliases', async () => {
    simulatedMesos();
    expect((await get(`${MASTER_1}/master/state.json`)).status).toBe(404);
    expect((await get(`${MASTER_1}/nope`)).status).toBe(404);
  });
});

describe('leader JSON', () => {
  it('writes /master/state like Mesos 1.x', async () => {
    const { simulation, nginx } = simulatedMesosWithRunningTasks();
    const state = await getJson<MesosMasterState>(`${MASTER_1}/master/state`);
    const leader = simulation.model.masters[0];
    expect(state.pid).toBe('master@master-1.mesos.test:5050');
    expect(state.leader).toBe(state.pid);
    expect(state.leader_info).toEqual({
      id: leader?.id,
      pid: 'master@master-1.mesos.test:5050',
      port: 5050,
      hostname: 'master-1.mesos.test',
    });
    expect(state.elected_time).toBeGreaterThan(state.start_time);
    expect(state.activated_slaves).toBe(3);
    expect(state.slaves.map((s) => [s.hostname, s.pid])).toEqual([
      ['slave-1', 'slave(1)@slave-1.mesos.test:5051'],
      ['slave-2', 'slave(1)@slave-2.mesos.test:5051'],
      ['slave-3', 'slave(1)@slave-3.mesos.test:5051'],
    ]);
    expect(state.slaves[0]?.resources).toMatchObject({
      cpus: 4,
      mem: 4096,
      ports: '[31000-32000]',
    });
    expect(state.slaves[0]?.used_resources).toMatchObject({ cpus: 0.2, ports: '[31010-31010]' });
    const marathon = state.frameworks.find((f) => f.name === 'marathon');
    const task = marathon?.tasks.find((t) => t.id === nginx);
    expect(task).toMatchObject({
      executor_id: '',
      state: 'TASK_RUNNING',
      resources: { cpus: 0.2, mem: 32, ports: '[31010-31010]' },
      container: { type: 'DOCKER', docker: { network: 'BRIDGE', image: 'docker.io/nginx' } },
      discovery: { ports: { ports: [{ number: 31010, protocol: 'tcp' }] } },
    });
    expect(task?.statuses.map((s) => s.state)).toEqual([
      'TASK_STAGING',
      'TASK_STARTING',
      'TASK_RUNNING',
    ]);
    expect(state.completed_frameworks.map((f) => f.name)).toEqual(['spark-pi']);
    expect(state.completed_frameworks[0]?.completed_tasks.map((t) => t.state)).toEqual([
      'TASK_FINISHED',
      'TASK_FINISHED',
    ]);
  });

  it('writes reservations like Mesos 1.x: by role in v0, with their reservation stack in full', async () => {
    simulatedMesos();
    type Agent = {
      hostname: string;
      resources: { cpus: number };
      reserved_resources: Record<string, { cpus: number; mem: number }>;
      unreserved_resources: { cpus: number };
      reserved_resources_full?: Record<string, { name: string; reservations: unknown[] }[]>;
    };
    const { slaves } = await getJson<{ slaves: Agent[] }>(`${MASTER_1}/master/slaves`);
    const [first, second, third] = slaves;
    expect(first?.reserved_resources).toEqual({
      'eng/analytics': { cpus: 1, mem: 1024, disk: 2048, gpus: 0 },
    });
    expect(first?.unreserved_resources.cpus).toBe((first?.resources.cpus ?? 0) - 1);
    expect(first?.reserved_resources_full?.['eng/analytics']?.[0]).toEqual({
      name: 'cpus',
      type: 'SCALAR',
      scalar: { value: 1 },
      reservations: [{ type: 'STATIC', role: 'eng/analytics' }],
    });
    expect(second?.reserved_resources_full?.ops?.[0]?.reservations).toEqual([
      { type: 'DYNAMIC', role: 'ops', principal: 'ops-admin' },
    ]);
    expect(third?.reserved_resources).toEqual({});
    // /master/state writes the v0 part only, as Mesos does.
    const state = await getJson<{ slaves: Agent[] }>(`${MASTER_1}/master/state`);
    expect(state.slaves[1]?.reserved_resources.ops).toMatchObject({ cpus: 0.5, mem: 512 });
    expect(state.slaves[1]?.reserved_resources_full).toBeUndefined();
  });

  it('counts tasks per agent and framework in /master/state-summary', async () => {
    const { simulation } = simulatedMesosWithRunningTasks();
    simulation.model.loseAgent(1);
    const summary = await getJson<MesosStateSummary>(`${MASTER_1}/master/state-summary`);
    expect(summary).not.toHaveProperty('leader');
    expect(summary.slaves.map((s) => s.hostname)).toEqual(['slave-1', 'slave-3']);
    expect(summary.slaves[0]).toMatchObject({ TASK_RUNNING: 1, TASK_LOST: 0 });
    const marathon = summary.frameworks.find((f) => f.name === 'marathon');
    expect(marathon).toMatchObject({ TASK_RUNNING: 1, TASK_LOST: 1, active: true });
    expect(marathon?.slave_ids).toHaveLength(2);
  });

  it('reports cluster totals and task gauges in the leader metrics', async () => {
    const { simulation, scheduler, basic } = simulatedMesosWithRunningTasks();
    scheduler.port.kill(basic);
    simulation.model.advance(2_000);
    const metrics = await getJson<MetricsSnapshot>(`${MASTER_1}/metrics/snapshot`);
    expect(metrics).toMatchObject({
      'master/elected': 1,
      'master/cpus_total': 12,
      'master/cpus_used': 0.2,
      'master/mem_total': 12288,
      'master/slaves_active': 3,
      'master/slaves_inactive': 0,
      'master/frameworks_active': 1,
      'master/tasks_running': 1,
      'master/tasks_killed': 1,
      'master/tasks_finished': 2,
    });
    for (const key of [
      'master/disk_total',
      'master/gpus_used',
      'master/tasks_staging',
      'master/uptime_secs',
    ]) {
      expect(metrics).toHaveProperty([key]);
    }
  });

  it('pages /master/tasks newest first by default, filtered by framework and task', async () => {
    const { scheduler, nginx } = simulatedMesosWithRunningTasks();
    const all = await getJson<{ tasks: MesosTask[] }>(`${MASTER_1}/master/tasks`);
    expect(all.tasks).toHaveLength(4);
    expect(all.tasks.map((t) => t.name).slice(0, 2)).toEqual(['basic-0', 'nginx']);
    const asc = await getJson<{ tasks: MesosTask[] }>(
      `${MASTER_1}/master/tasks?order=asc&limit=1&offset=1`,
    );
    expect(asc.tasks.map((t) => t.name)).toEqual(['Task 1']);
    const one = await getJson<{ tasks: MesosTask[] }>(
      `${MASTER_1}/master/tasks?framework_id=${scheduler.port.frameworkId}&task_id=${nginx}`,
    );
    expect(one.tasks.map((t) => t.id)).toEqual([nginx]);
    const fallback = await getJson<{ tasks: MesosTask[] }>(`${MASTER_1}/master/tasks?limit=x`);
    expect(fallback.tasks).toHaveLength(4);
  });

  it('filters /master/slaves and /master/frameworks by id', async () => {
    const { simulation, scheduler } = simulatedMesosWithRunningTasks();
    const agentId = simulation.model.agents[2]?.id ?? '';
    const slaves = await getJson<{ slaves: { id: string }[] }>(
      `${MASTER_1}/master/slaves?slave_id=${agentId}`,
    );
    expect(slaves.slaves.map((s) => s.id)).toEqual([agentId]);
    const frameworks = await getJson<{
      frameworks: { id: string }[];
      completed_frameworks: unknown[];
    }>(`${MASTER_1}/master/frameworks?framework_id=${scheduler.port.frameworkId}`);
    expect(frameworks.frameworks.map((f) => f.id)).toEqual([scheduler.port.frameworkId]);
    expect(frameworks.completed_frameworks).toEqual([]);
    const roles = await getJson<{ roles: { name: string; frameworks: string[] }[] }>(
      `${MASTER_1}/master/roles`,
    );
    expect(roles.roles[0]).toMatchObject({ name: '*', frameworks: [scheduler.port.frameworkId] });
  });
});
