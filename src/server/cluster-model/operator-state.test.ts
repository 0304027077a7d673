import { describe, expect, it } from 'vitest';
import {
  createMesosForTest,
  registerTestScheduler,
} from '../../../mocks/mesos/testing/mesos-test-support';
import { useMswTestServer } from '../../../mocks/testing/msw-test-server';
import { readJsonRecords } from '../streams/recordio';
import { normalizeMasterState, type NormalizedState } from './normalize-master-state';
import { OperatorState, type OperatorEvent } from './operator-state';
import { buildSnapshot, patchSnapshot } from './snapshot';
import { snapshotView } from './fixtures/snapshot-view';

const server = useMswTestServer();
const LEADER = 'http://master-1.mesos.test:5050';

/** Rows by id, without what only one API says: v1 frameworks carry no scheduler pid. */
function comparable(state: NormalizedState) {
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    agents: byId(state.agents),
    frameworks: byId(state.frameworks).map((framework) => ({ ...framework, pid: null })),
    tasks: byId(state.tasks),
  };
}

async function freshState(): Promise<NormalizedState> {
  const response = await fetch(`${LEADER}/master/state`);
  return normalizeMasterState(await response.json());
}

/** A SUBSCRIBE stream to the simulated leader: the state it starts from, then each event. */
async function subscribe() {
  const abort = new AbortController();
  const response = await fetch(`${LEADER}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ type: 'SUBSCRIBE' }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const events = readJsonRecords(response.body as unknown as AsyncIterable<Uint8Array>);
  const first = (await events.next()).value as { type: string; subscribed: { get_state: unknown } };
  expect(first.type).toBe('SUBSCRIBED');
  const meta = (await freshState()).meta;
  const state = new OperatorState(first.subscribed.get_state, meta);
  const seen: string[] = [];
  let pump = Promise.resolve();
  void (async () => {
    for await (const event of events) {
      seen.push(String((event as OperatorEvent).type));
      state.apply(event as OperatorEvent);
    }
  })().catch(() => {});
  return {
    state,
    seen,
    /** Lets the events already written reach the state. */
    settle: async () => {
      pump = pump.then(() => new Promise((resolve) => setTimeout(resolve, 20)));
      await pump;
    },
    close: () => abort.abort(),
  };
}

describe('the cluster from SUBSCRIBE events', () => {
  it('equals a fresh /master/state read after tasks, agents and frameworks change', async () => {
    const simulation = createMesosForTest();
    server.use(...simulation.handlers());
    const scheduler = registerTestScheduler(simulation, { partitionAware: true });
    scheduler.launchDockerTask('nginx', 0, 31010);
    simulation.model.advance(5_000);

    const stream = await subscribe();
    expect(comparable(stream.state.toState())).toEqual(comparable(await freshState()));
    // Reservations too: v1 Resources grouped by the role atop their reservation stack.
    expect(stream.state.toState().agents.map((agent) => agent.reserved)).toContainEqual({
      'eng/analytics': expect.objectContaining({ cpus: 1, mem: 1024, disk: 2048 }),
    });

    const shell = scheduler.launchShellTask('basic-0', 1);
    scheduler.launchDockerTask('web', 2, 31020);
    simulation.model.advance(5_000);
    scheduler.port.kill(shell);
    simulation.model.advance(2_000);
    registerTestScheduler(simulation, { name: 'chronos' }).launchShellTask('job', 2);
    simulation.model.registerAgent();
    simulation.model.loseAgent(0);
    simulation.model.advance(5_000);
    await stream.settle();

    expect(stream.seen).toEqual(
      expect.arrayContaining([
        'HEARTBEAT',
        'TASK_ADDED',
        'TASK_UPDATED',
        'FRAMEWORK_ADDED',
        'AGENT_ADDED',
        'AGENT_REMOVED',
      ]),
    );
    const fromEvents = comparable(stream.state.toState());
    const fresh = comparable(await freshState());
    expect(fromEvents.tasks.map((task) => [task.id, task.state, task.category])).toEqual(
      fresh.tasks.map((task) => [task.id, task.state, task.category]),
    );
    expect(fromEvents).toEqual(fresh);
    stream.close();
  });

  it('patches the previous snapshot into what a whole build gives after task events', async () => {
    const simulation = createMesosForTest();
    server.use(...simulation.handlers());
    const scheduler = registerTestScheduler(simulation, { partitionAware: true });
    const first = scheduler.launchShellTask('basic-0', 0);
    simulation.model.advance(5_000);
    const stream = await subscribe();
    const whole = (generation: number) =>
      buildSnapshot({
        generation,
        fetchedAt: 0,
        stateBytes: 0,
        state: stream.state.toState(),
        apps: null,
      });
    let snapshot = whole(1);
    for (let round = 0; round < 3; round++) {
      scheduler.launchShellTask(`web-${round}`, round % 2);
      scheduler.launchDockerTask(`nginx-${round}`, 1, 31010 + round);
      simulation.model.advance(3_000);
      if (round === 1) scheduler.port.kill(first);
      simulation.model.advance(2_000);
      await stream.settle();
      const changes = stream.state.takeChanges();
      expect(changes?.tasks.length).toBeGreaterThan(0);
      const patched = patchSnapshot(
        snapshot,
        changes ?? { tasks: [], agentUsed: new Map(), frameworkUsed: new Map() },
        {
          generation: round + 2,
          fetchedAt: 0,
          apps: null,
        },
      );
      expect(patched?.built).toBe('patch');
      snapshot = patched ?? snapshot;
      expect(snapshotView(snapshot)).toEqual(snapshotView(whole(round + 2)));
    }
    // A new agent changes more than tasks: the next snapshot is built whole.
    simulation.model.registerAgent();
    await stream.settle();
    expect(stream.state.takeChanges()).toBeNull();
    stream.close();
  });

  it('moves a removed framework and its killed tasks to completed', async () => {
    const simulation = createMesosForTest();
    server.use(...simulation.handlers());
    const stream = await subscribe();
    const scheduler = registerTestScheduler(simulation, { name: 'spark' });
    const task = scheduler.launchShellTask('driver', 0);
    simulation.model.advance(3_000);
    const framework = simulation.model.frameworks.get(scheduler.port.frameworkId);
    simulation.model.completeFramework(framework as NonNullable<typeof framework>);
    await stream.settle();
    const state = stream.state.toState();
    expect(state.frameworks.find((row) => row.name === 'spark')).toMatchObject({
      status: 'completed',
      used: { cpus: 0, mem: 0 },
    });
    expect(state.tasks.find((row) => row.id === task)).toMatchObject({
      state: 'TASK_KILLED',
      category: 'completed',
    });
    const agent = state.agents.find((row) => row.id === simulation.model.agents[0]?.id);
    expect(agent?.used).toMatchObject({ cpus: 0, mem: 0 });
    stream.close();
  });
});
