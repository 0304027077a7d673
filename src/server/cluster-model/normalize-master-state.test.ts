import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load-fixture';
import { normalizeMasterState } from './normalize-master-state';

function load(version: string) {
  return normalizeMasterState(loadFixture(`master-state.mesos-${version}.json`));
}

describe('normalizeMasterState', () => {
  it('reads a 0.22 state: agents without used/offered/port/version, orphan tasks, unregistered frameworks', () => {
    const state = load('0.22');
    expect(state.meta).toMatchObject({
      version: '0.22.0',
      cluster: 'lab-022',
      leader: {
        pid: 'master@10.0.0.1:5050',
        address: '10.0.0.1:5050',
        hostname: 'master-1.lab.example',
      },
      answeredByLeader: true,
      unreachableAgents: 0,
    });
    const [first, second] = state.agents;
    expect(first).toMatchObject({
      hostname: 'node-1.lab.example',
      address: '10.0.0.11:5051',
      port: 5051,
      version: null,
      active: true,
      registeredTime: 1428903300965,
      total: { cpus: 40, mem: 256729, ports: [{ begin: 31000, end: 32000 }] },
      used: { cpus: 0, mem: 0, ports: [] },
      reserved: {},
      attributes: {},
    });
    expect(second?.attributes).toEqual({ rack: 'r2' });
    expect(state.unregisteredFrameworks).toHaveLength(2);
    expect(state.frameworks.map((f) => [f.name, f.status])).toEqual([
      ['Storm!!!', 'active'],
      ['Storm!!!', 'completed'],
    ]);
    expect(state.frameworks[1]?.unregisteredTime).toBe(1427995832816);
    expect(state.frameworks[0]?.unregisteredTime).toBeNull();
    expect(state.frameworks[0]?.connected).toBeNull();

    const orphan = state.tasks.find((task) => task.category === 'orphan');
    expect(orphan).toMatchObject({
      id: 'old-job.2',
      frameworkName: null,
      agentHostname: 'node-2.lab.example',
    });
    const inCategory = (category: string) => state.tasks.filter((t) => t.category === category);
    expect(inCategory('active').map((t) => t.id)).toEqual(['node-1.lab.example-31000']);
    expect(
      inCategory('completed')
        .map((t) => t.state)
        .sort(),
    ).toEqual(['TASK_FINISHED', 'TASK_KILLED']);
    expect(first?.taskCounts).toEqual({
      active: 1,
      unreachable: 0,
      completed: 1,
      byState: { TASK_RUNNING: 1, TASK_FINISHED: 1 },
    });
    // The orphan's framework is unknown, but the agent still runs it.
    expect(second?.taskCounts.active).toBe(1);
    expect(second?.frameworkIds).toEqual(['20150327-025553-218108076-5050-4122-0000']);
  });

  it('reads a 0.23 state: a Marathon command task with container network info', () => {
    const state = load('0.23');
    expect(state.meta.leader?.hostname).toBe('172.28.128.3');
    const running = state.tasks.find((task) => task.state === 'TASK_RUNNING');
    expect(running).toMatchObject({
      name: 'sleeper',
      executorId: '',
      frameworkName: 'marathon',
      agentHostname: 'box-01',
      hostPorts: [10000],
      ipAddresses: ['9.0.4.17'],
      containerId: '7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
      healthy: null,
      stagedAt: 1443990000327,
      startedAt: 1443990000327,
      finishedAt: null,
    });
    const finished = state.tasks.find((task) => task.state === 'TASK_FINISHED');
    expect(finished?.finishedAt).toBe(1443702000141);
    expect(state.frameworks[0]).toMatchObject({
      roles: ['slave_public'],
      webuiUrl: 'http://172.28.128.3:8080',
    });
    expect(state.agents[0]?.total.ports).toHaveLength(6);
  });

  it('reads a 0.25 state: two agents on one host, told apart by the port of their pid', () => {
    const state = load('0.25');
    expect(state.agents.map((agent) => [agent.hostname, agent.address, agent.port])).toEqual([
      ['mesos', '127.0.0.1:5052', 5052],
      ['mesos', '127.0.0.1:5051', 5051],
    ]);
    expect(state.frameworks[0]).toMatchObject({
      name: 'chronos-2.4.1',
      webuiUrl: 'http://mesos:4400',
      roles: ['*'],
    });
    expect(state.tasks).toEqual([]);
  });

  it('reads a 0.27 state: reservations per role, health, protobuf-JSON executors ignored', () => {
    const state = load('0.27');
    const [reserved, idle] = state.agents;
    expect(reserved?.reserved.cassandra_role).toMatchObject({ cpus: 1, mem: 4864 });
    expect(reserved?.attributes).toEqual({ zone: 'us-west-2a', cores: '4' });
    expect(reserved?.version).toBe('0.27.0');
    expect(idle).toMatchObject({ active: false, offered: { cpus: 4 } });
    const [task] = state.tasks;
    expect(task).toMatchObject({
      healthy: true,
      ipAddresses: ['10.20.1.31'],
      hostPorts: [7000, 7001, 7199, 9042],
      executorId: 'node-0_9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a_executor',
    });
    expect(state.frameworks[0]).toMatchObject({
      principal: 'cassandra_principal',
      agentIds: [reserved?.id],
      agentCount: 1,
    });
  });

  it('reads a 1.2 state: leader_info, gpus, docker container with port mappings, discovery', () => {
    const state = load('1.2');
    expect(state.meta.leader).toEqual({
      pid: 'master@10.30.4.58:5050',
      address: '10.30.4.58:5050',
      hostname: 'master-a.example.internal',
    });
    expect(state.agents[0]?.total.gpus).toBe(1);
    const web = state.tasks.find((task) => task.name === 'web');
    expect(web).toMatchObject({
      gpus: 1,
      image: 'nginx:1.11-alpine',
      healthy: true,
      container: {
        type: 'DOCKER',
        network: 'BRIDGE',
        portMappings: [{ hostPort: 24348, containerPort: 80, protocol: 'tcp' }],
      },
      discovery: {
        name: 'web',
        visibility: 'FRAMEWORK',
        ports: [{ number: 24348, protocol: 'tcp', name: 'http' }],
      },
      labels: [
        { key: 'DCOS_SERVICE_NAME', value: 'web' },
        { key: 'MARATHON_SINGLE_INSTANCE_APP', value: 'true' },
      ],
    });
    const metronome = state.frameworks.find((framework) => framework.name === 'metronome');
    expect(metronome).toMatchObject({ status: 'inactive', connected: false, webuiUrl: null });
  });

  it('reads a 1.8 state: port field, domains, recovered and unreachable agents, unreachable tasks, roles', () => {
    const state = load('1.8');
    expect(state.meta.unreachableAgents).toBe(1);
    const byId = new Map(state.agents.map((agent) => [agent.id.slice(-2), agent]));
    expect(byId.get('S0')).toMatchObject({
      port: 5051,
      region: 'eu-west',
      zone: 'eu-west-1b',
      reregisteredTime: 1590000500750,
    });
    expect(byId.get('S1')).toMatchObject({ region: null, zone: null });
    expect(byId.get('S7')).toMatchObject({
      recovered: true,
      active: false,
      pid: '',
      address: 'agent-z.prod.internal:5055',
    });

    const api = state.tasks.find((task) => task.category === 'active' && task.name === 'api.prod');
    expect(api).toMatchObject({
      state: 'TASK_RUNNING',
      role: 'prod',
      healthy: false,
      image: 'registry.internal/api:2.3.1',
      container: { type: 'MESOS', network: null, portMappings: [] },
      stagedAt: 1590001000000,
      startedAt: 1590001002500,
      updatedAt: 1590001030000,
    });
    expect(api?.statuses.at(-1)).toMatchObject({
      reason: 'REASON_TASK_HEALTH_CHECK_STATUS_UPDATED',
      source: 'SOURCE_EXECUTOR',
    });

    const staging = state.tasks.find((task) => task.name === 'cache');
    expect(staging).toMatchObject({
      state: 'TASK_STAGING',
      statuses: [],
      stagedAt: null,
      healthy: null,
    });

    const unreachable = state.tasks.filter((task) => task.category === 'unreachable');
    expect(unreachable).toHaveLength(1);
    expect(unreachable[0]).toMatchObject({
      state: 'TASK_UNREACHABLE',
      agentHostname: null,
      finishedAt: null,
    });
    expect(unreachable[0]?.statuses.at(-1)?.message).toBe('Agent 10.40.1.19 is unreachable');

    const marathon = state.frameworks.find((framework) => framework.name === 'marathon');
    expect(marathon).toMatchObject({
      roles: ['prod', 'slave_public'],
      capabilities: expect.arrayContaining(['PARTITION_AWARE']) as unknown,
      taskCounts: { active: 2, unreachable: 1, completed: 2 },
    });
    const spark = state.frameworks.find((framework) => framework.status === 'completed');
    expect(spark).toMatchObject({
      name: 'spark-job-42',
      roles: ['batch'],
      taskCounts: { completed: 1 },
    });
    expect(state.tasks.find((task) => task.state === 'TASK_GONE_BY_OPERATOR')?.finishedAt).toBe(
      1590000300000,
    );
  });

  it('tells a pre-1.0 standby answer from the leader, and refuses what is not a master state', () => {
    const standby = loadFixture('master-state.mesos-0.25.json') as Record<string, unknown>;
    standby.pid = 'master@192.168.50.11:5050';
    expect(normalizeMasterState(standby).meta.answeredByLeader).toBe(false);
    expect(normalizeMasterState(standby).meta.leader?.hostname).toBeNull();
    expect(() => normalizeMasterState({ message: 'No leader elected' })).toThrow(
      /not a Mesos master state/,
    );
  });
});
