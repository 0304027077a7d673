import { describe, expect, it } from 'vitest';
import type { MesosFramework } from '../../../src/api/mesos';
import type { MesosSimulation } from '../index';
import { createMesosForTest, registerTestScheduler } from '../testing/mesos-test-support';
import { useMswTestServer } from '../../testing/msw-test-server';

const server = useMswTestServer();
const LEADER = 'http://master-1.mesos.test:5050';

function simulatedMesos(options: { operatorApi?: boolean } = {}): MesosSimulation {
  const simulation = createMesosForTest(options);
  server.use(...simulation.handlers());
  return simulation;
}

async function call(body: unknown, master = LEADER): Promise<Response> {
  return fetch(`${master}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${LEADER}${path}`, { redirect: 'manual' });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

interface RoleJson {
  name: string;
  weight: number;
  quota: { role: string; guarantee: object; limit: object; consumed: object };
  allocated: object;
  offered: object;
  reserved: object;
  frameworks: string[];
}
const roles = async () => (await getJson<{ roles: RoleJson[] }>('/master/roles')).roles;
const roleNamed = async (name: string) => (await roles()).find((role) => role.name === name);

/** Simulated agents' pids name a host, not an IP: their machines are known by hostname. */
const slave1 = { hostname: 'slave-1' };
const NS = 1e6;
const windowOf = (machines: object[], startMs: number, durationMs = 3_600_000) => ({
  machine_ids: machines,
  unavailability: {
    start: { nanoseconds: startMs * NS },
    duration: { nanoseconds: durationMs * NS },
  },
});

describe('roles, weights and quota', () => {
  it('serves /master/roles in the >= 1.9 shape: the role tree, weights, quota and allocations', async () => {
    const simulation = simulatedMesos();
    const scheduler = registerTestScheduler(simulation);
    scheduler.launchShellTask('basic-0', 1);
    simulation.model.advance(5_000);
    const all = await roles();
    expect(all.map((role) => role.name)).toEqual(['*', 'eng', 'eng/analytics', 'ops']);
    expect(await roleNamed('eng')).toMatchObject({
      weight: 2,
      quota: { guarantee: {}, limit: {} },
    });
    expect(await roleNamed('eng/analytics')).toMatchObject({
      weight: 1,
      quota: {
        role: 'eng/analytics',
        guarantee: { cpus: 2, mem: 2048 },
        limit: { cpus: 4, mem: 4096 },
      },
      frameworks: [],
    });
    const star = await roleNamed('*');
    expect(star?.frameworks).toEqual([scheduler.port.frameworkId]);
    expect(star?.allocated).toMatchObject({ cpus: 0.1 });
    // The idle agents' free resources are held out to the framework.
    expect(star?.offered).toMatchObject({ cpus: 11.9 });
  });

  it('answers GET_ROLES and GET_QUOTA with v1 ids, resources and scalar maps', async () => {
    simulatedMesos();
    const reply = (await (await call({ type: 'GET_ROLES' })).json()) as {
      get_roles: { roles: { name: string; quota: { limit: object } }[] };
    };
    expect(reply.get_roles.roles.find((role) => role.name === 'ops')?.quota.limit).toEqual({
      cpus: { value: 1 },
      mem: { value: 1024 },
    });
    const quota = (await (await call({ type: 'GET_QUOTA' })).json()) as {
      type: string;
      get_quota: {
        status: { infos: { role: string }[]; configs: { role: string; guarantees: object }[] };
      };
    };
    expect(quota.type).toBe('GET_QUOTA');
    expect(quota.get_quota.status.configs[0]).toEqual({
      role: 'eng/analytics',
      guarantees: { cpus: { value: 2 }, mem: { value: 2048 } },
      limits: { cpus: { value: 4 }, mem: { value: 4096 } },
    });
    expect(quota.get_quota.status.infos.map((info) => info.role)).toEqual(['eng/analytics', 'ops']);
  });

  it('changes a weight with UPDATE_WEIGHTS and refuses one that is not positive', async () => {
    simulatedMesos();
    const update = (weight: number) =>
      call({ type: 'UPDATE_WEIGHTS', update_weights: { weight_infos: [{ role: 'ops', weight }] } });
    expect((await update(3.5)).status).toBe(200);
    expect((await roleNamed('ops'))?.weight).toBe(3.5);
    const refused = await update(-1);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('weights must be positive');
    expect((await roleNamed('ops'))?.weight).toBe(3.5);
  });

  it('sets, checks and removes quota with UPDATE_QUOTA', async () => {
    simulatedMesos();
    const update = (config: object, force = false) =>
      call({
        type: 'UPDATE_QUOTA',
        update_quota: { force, quota_configs: [{ role: 'ops', ...config }] },
      });
    expect(
      (await update({ guarantees: { cpus: { value: 1 } }, limits: { cpus: { value: 2 } } })).status,
    ).toBe(200);
    expect((await roleNamed('ops'))?.quota).toMatchObject({
      guarantee: { cpus: 1 },
      limit: { cpus: 2 },
    });

    const above = await update({
      guarantees: { cpus: { value: 3 } },
      limits: { cpus: { value: 2 } },
    });
    expect(above.status).toBe(400);
    expect(await above.text()).toContain("guarantees 'cpus:3' above its limit 'cpus:2'");
    const negative = await update({ limits: { mem: { value: -5 } } });
    expect(await negative.text()).toContain("negative limits 'mem:-5'");
    // Three agents of 4 cpus: a guarantee of 20 needs force.
    const tooBig = await update({ guarantees: { cpus: { value: 20 } } });
    expect(await tooBig.text()).toContain("use 'force'");
    expect((await update({ guarantees: { cpus: { value: 20 } } }, true)).status).toBe(200);

    expect((await update({})).status).toBe(200);
    // Without quota the master still lists `ops`: it holds a reservation on an agent.
    expect(await roleNamed('ops')).toMatchObject({
      quota: { guarantee: {}, limit: {} },
      reserved: { cpus: 0.5, mem: 512 },
    });
    const star = await call({
      type: 'UPDATE_QUOTA',
      update_quota: { quota_configs: [{ role: '*' }] },
    });
    expect(await star.text()).toContain("default '*' role");
  });

  it('keeps the older /master/quota and /master/weights endpoints', async () => {
    simulatedMesos();
    const quota = (method: string, path: string, body?: unknown) =>
      fetch(`${LEADER}${path}`, {
        method,
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    const guarantee = [{ name: 'cpus', type: 'SCALAR', scalar: { value: 1 } }];
    const existing = await quota('POST', '/master/quota', { role: 'ops', guarantee });
    expect(await existing.text()).toContain('already has quota');
    expect((await quota('DELETE', '/master/quota/ops')).status).toBe(200);
    expect((await quota('POST', '/quota', { role: 'ops', guarantee })).status).toBe(200);
    const status = await getJson<{ configs: { role: string; guarantees: object }[] }>(
      '/master/quota',
    );
    expect(status.configs.find((config) => config.role === 'ops')?.guarantees).toEqual({
      cpus: { value: 1 },
    });
    expect((await quota('PUT', '/master/weights', [{ role: 'ops', weight: 4 }])).status).toBe(200);
    expect(await getJson('/master/weights')).toEqual([
      { role: 'eng', weight: 2 },
      { role: 'ops', weight: 4 },
    ]);
  });

  it('redirects the writes from a standby to the leader', async () => {
    simulatedMesos();
    const response = await call(
      { type: 'UPDATE_WEIGHTS', update_weights: { weight_infos: [] } },
      'http://master-2.mesos.test:5050',
    );
    expect(response.status).toBe(307);
    const legacy = await fetch('http://master-2.mesos.test:5050/master/quota/ops', {
      method: 'DELETE',
      redirect: 'manual',
    });
    expect(legacy.status).toBe(307);
    expect(legacy.headers.get('location')).toBe('//master-1.mesos.test:5050/master/quota/ops');
  });
});

describe('maintenance', () => {
  it('schedules a window, drains, takes a machine down and brings it up again', async () => {
    const simulation = simulatedMesos();
    const scheduler = registerTestScheduler(simulation);
    scheduler.launchShellTask('basic-0', 0);
    simulation.model.advance(5_000);
    expect(await getJson('/master/maintenance/schedule')).toEqual({});
    expect(await getJson('/master/maintenance/status')).toEqual({});

    const start = simulation.model.now() + 600_000;
    const schedule = { windows: [windowOf([slave1], start)] };
    expect(
      (
        await call({
          type: 'UPDATE_MAINTENANCE_SCHEDULE',
          update_maintenance_schedule: { schedule },
        })
      ).status,
    ).toBe(200);
    expect(await getJson('/master/maintenance/schedule')).toEqual(schedule);
    const draining = await getJson<{
      draining_machines: {
        id: object;
        statuses: { status: string; framework_id: { value: string } }[];
      }[];
    }>('/master/maintenance/status');
    expect(draining.draining_machines).toEqual([
      {
        id: slave1,
        statuses: [
          {
            status: 'UNKNOWN',
            framework_id: { value: scheduler.port.frameworkId },
            timestamp: expect.anything(),
          },
        ],
      },
    ]);

    expect(
      (await call({ type: 'START_MAINTENANCE', start_maintenance: { machines: [slave1] } })).status,
    ).toBe(200);
    const down = (await (await call({ type: 'GET_MAINTENANCE_STATUS' })).json()) as {
      get_maintenance_status: { status: object };
    };
    expect(down.get_maintenance_status.status).toEqual({ down_machines: [slave1] });
    expect(simulation.model.agents[0]?.active).toBe(false);
    // A down machine is offered nothing.
    const frameworks = await getJson<{ frameworks: MesosFramework[] }>('/master/frameworks');
    const offered = frameworks.frameworks
      .flatMap((f) => f.offers ?? [])
      .map((offer) => offer.slave_id);
    expect(offered).toEqual([simulation.model.agents[1]?.id, simulation.model.agents[2]?.id]);

    const dropDown = await call({
      type: 'UPDATE_MAINTENANCE_SCHEDULE',
      update_maintenance_schedule: { schedule: {} },
    });
    expect(await dropDown.text()).toBe(
      "Machine 'slave-1' is deactivated, but is not in the schedule",
    );

    expect(
      (await call({ type: 'STOP_MAINTENANCE', stop_maintenance: { machines: [slave1] } })).status,
    ).toBe(200);
    expect(simulation.model.agents[0]?.active).toBe(true);
    const after = (await (await call({ type: 'GET_MAINTENANCE_SCHEDULE' })).json()) as object;
    expect(after).toEqual({
      type: 'GET_MAINTENANCE_SCHEDULE',
      get_maintenance_schedule: { schedule: {} },
    });
  });

  it('refuses what the master refuses, with its messages', async () => {
    simulatedMesos();
    const update = async (schedule: object) =>
      (
        await call({
          type: 'UPDATE_MAINTENANCE_SCHEDULE',
          update_maintenance_schedule: { schedule },
        })
      ).text();
    expect(await update({ windows: [windowOf([slave1], 0), windowOf([slave1], 0)] })).toBe(
      "Machine 'slave-1' appears more than once in the schedule",
    );
    expect(await update({ windows: [windowOf([{}], 0)] })).toBe(
      "Both 'hostname' and 'ip' for a machine are empty",
    );
    expect(await update({ windows: [windowOf([{ ip: '10.0.0.300' }], 0)] })).toBe(
      "Failed to parse IP '10.0.0.300'",
    );
    expect(await update({ windows: [windowOf([slave1], 0, -1)] })).toBe(
      "Unavailability 'duration' is negative",
    );
    const start = await call({
      type: 'START_MAINTENANCE',
      start_maintenance: { machines: [slave1] },
    });
    expect(await start.text()).toBe("Machine 'slave-1' is not part of a maintenance schedule");
    const stop = await call({ type: 'STOP_MAINTENANCE', stop_maintenance: { machines: [slave1] } });
    expect(await stop.text()).toBe("Machine 'slave-1' is not in DOWN mode");
  });

  it('keeps the v0 schedule and machine endpoints', async () => {
    const simulation = simulatedMesos();
    const post = (path: string, body: unknown) =>
      fetch(`${LEADER}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const schedule = { windows: [windowOf([slave1], simulation.model.now())] };
    expect((await post('/master/maintenance/schedule', schedule)).status).toBe(200);
    expect((await post('/master/machine/down', [slave1])).status).toBe(200);
    expect(await getJson('/master/maintenance/status')).toEqual({ down_machines: [slave1] });
    expect((await post('/master/machine/up', [slave1])).status).toBe(200);
    expect(await getJson('/master/maintenance/schedule')).toEqual({});
  });
});

describe('a master before 1.0', () => {
  it('has none of these v1 calls', async () => {
    simulatedMesos({ operatorApi: false });
    for (const type of [
      'GET_ROLES',
      'UPDATE_QUOTA',
      'UPDATE_WEIGHTS',
      'GET_MAINTENANCE_STATUS',
      'START_MAINTENANCE',
    ]) {
      expect((await call({ type })).status).toBe(404);
    }
  });
});
