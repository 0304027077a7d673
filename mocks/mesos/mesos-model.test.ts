import { describe, expect, it } from 'vitest';
import { masterState, stateSummary } from './master-json';
import { createMesosForTest, registerTestScheduler } from './testing/mesos-test-support';

describe('Mesos masters', () => {
  it('starts with master-1 leading and three distinct masters', () => {
    const { model } = createMesosForTest();
    expect(model.leader()?.address).toBe('master-1.mesos.test:5050');
    expect(new Set(model.masters.map((m) => m.id)).size).toBe(3);
  });

  it('elects the next running master, or the one asked for', () => {
    const { model } = createMesosForTest();
    model.electAnotherLeader();
    expect(model.leader()?.index).toBe(1);
    model.electAnotherLeader(0);
    expect(model.leader()?.index).toBe(0);
    expect(model.masters[1]?.electedTime).toBeNull();
    model.stopMaster(2);
    expect(() => {
      model.electAnotherLeader(2);
    }).toThrow(/stopped/);
    expect(model.leader()?.index).toBe(0);
  });

  it('loses the leader with the stopped master and has none without a quorum', () => {
    const { model } = createMesosForTest();
    model.stopMaster(0);
    expect(model.leader()?.index).toBe(1);
    model.stopMaster(1);
    expect(model.leader()).toBeNull();
    model.startMaster(0);
    expect(model.leader()?.running).toBe(true);
  });

  it('builds the same ids from the same seed and different ones from another', () => {
    const ids = (seed: number) => createMesosForTest({ seed }).model.agents.map((a) => a.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });
});

describe('Mesos tasks', () => {
  it('go STAGING -> STARTING -> RUNNING as model time passes and use agent resources', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation);
    const taskId = scheduler.launchDockerTask('nginx', 0, 31005);
    const agent = simulation.model.agents[0];
    expect(scheduler.updates.map((u) => u.state)).toEqual(['TASK_STAGING']);
    simulation.model.advance(10_000);
    expect(scheduler.updates.map((u) => u.state)).toEqual([
      'TASK_STAGING',
      'TASK_STARTING',
      'TASK_RUNNING',
    ]);
    expect(agent?.tasks.get(taskId)?.state).toBe('TASK_RUNNING');
    const offer = scheduler.port.offers()[0];
    expect(offer?.cpus).toBeCloseTo(3.8);
    expect(offer?.mem).toBe(4096 - 32);
    expect(offer?.ports).toEqual([
      [31000, 31004],
      [31006, 32000],
    ]);
  });

  it('are killed through KILLING to KILLED and kept as completed', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation);
    const taskId = scheduler.launchShellTask('basic-0', 1);
    simulation.model.advance(5_000);
    scheduler.port.kill(taskId);
    expect(scheduler.updates.at(-1)?.state).toBe('TASK_KILLING');
    simulation.model.advance(2_000);
    expect(scheduler.updates.at(-1)?.state).toBe('TASK_KILLED');
    const framework = simulation.model.frameworks.get(scheduler.port.frameworkId);
    expect(framework?.tasks.size).toBe(0);
    expect(framework?.completed.get(taskId)?.state).toBe('TASK_KILLED');
    expect(simulation.model.agents[1]?.allocated.cpus).toBeCloseTo(0);
  });

  it('go TASK_LOST when their agent is lost, and the agent leaves the offers', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation);
    const taskId = scheduler.launchShellTask('basic-0', 2);
    simulation.model.advance(5_000);
    simulation.model.loseAgent(2);
    expect(scheduler.updates.at(-1)).toMatchObject({ taskId, state: 'TASK_LOST' });
    expect(scheduler.port.offers().map((o) => o.hostname)).toEqual(['slave-1', 'slave-2']);
  });

  it('go TASK_UNREACHABLE for a partition-aware framework', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation, { partitionAware: true });
    const taskId = scheduler.launchShellTask('basic-0', 0);
    simulation.model.loseAgent(simulation.model.agents[0]?.id ?? '');
    expect(scheduler.updates.at(-1)).toMatchObject({ taskId, state: 'TASK_UNREACHABLE' });
    const framework = simulation.model.frameworks.get(scheduler.port.frameworkId);
    expect(framework?.unreachable.has(taskId)).toBe(true);
  });

  it('lets a scheduler relaunch from its status listener', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation);
    scheduler.launchShellTask('basic-0', 0);
    scheduler.port.onStatus((update) => {
      if (update.state === 'TASK_LOST') scheduler.launchShellTask('basic-0', 1);
    });
    simulation.model.loseAgent(0);
    simulation.model.advance(10_000);
    expect(simulation.model.agents[1]?.tasks.size).toBe(1);
    expect([...(simulation.model.agents[1]?.tasks.values() ?? [])][0]?.state).toBe('TASK_RUNNING');
  });

  it('refuses a launch that does not fit the agent', () => {
    const simulation = createMesosForTest();
    const scheduler = registerTestScheduler(simulation);
    expect(() => {
      scheduler.port.launch({
        taskId: 'huge',
        name: 'huge',
        agentId: simulation.model.agents[0]?.id ?? '',
        resources: { cpus: 5, mem: 10, disk: 0, gpus: 0, ports: [] },
      });
    }).toThrow(/does not fit/);
  });
});

describe('extraTasks', () => {
  // Generous timeout: this builds the scale-test cluster on a busy 2-core runner.
  it(
    'fills 10k agents with 100k running tasks that /master/state and the summary carry',
    { timeout: 30_000 },
    () => {
      const { model } = createMesosForTest({ agents: 10_000, extraTasks: 100_000 });
      const load = [...model.frameworks.values()].find((f) => f.name === 'load-generator');
      expect(load?.tasks.size).toBe(100_000);
      expect(model.agents[9_999]?.tasks.size).toBe(10);
      expect([...(load?.tasks.values() ?? [])].every((t) => t.state === 'TASK_RUNNING')).toBe(true);
      const leader = model.masters[0];
      if (!leader) throw new Error('no master');
      const state = masterState(model, leader);
      expect(JSON.stringify(state).length).toBeGreaterThan(0);
      expect(state.slaves).toHaveLength(10_000);
      expect(state.frameworks.find((f) => f.name === 'load-generator')?.tasks).toHaveLength(
        100_000,
      );
      const summary = stateSummary(model, leader);
      expect(summary.slaves.reduce((sum, agent) => sum + (agent.TASK_RUNNING ?? 0), 0)).toBe(
        100_000,
      );
    },
  );

  it('says so when the agents have no room left', () => {
    expect(() => createMesosForTest({ agents: 1, extraTasks: 1_000 })).toThrow(/no room/);
  });
});
