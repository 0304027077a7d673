import { describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../api/cluster-model';
import { loadFixture } from './fixtures/load-fixture';
import { indexMarathonApps } from './marathon-join';
import { countTasks, normalizeMasterState, type NormalizedState } from './normalize-master-state';
import { withStatus } from './normalize-task';
import { snapshotView } from './fixtures/snapshot-view';
import { buildSnapshot, patchSnapshot, type ClusterSnapshot, type TaskChange } from './snapshot';

/** The fixture state with its tasks replaced and everything counted again. */
function stateWith(tasks: TaskDetail[]): NormalizedState {
  const state = normalizeMasterState(loadFixture('master-state.mesos-1.8.json'));
  for (const agent of state.agents) {
    agent.taskCounts = { active: 0, unreachable: 0, completed: 0, byState: {} };
    agent.frameworkIds = [];
  }
  for (const framework of state.frameworks) {
    framework.taskCounts = { active: 0, unreachable: 0, completed: 0, byState: {} };
    framework.agentIds = [];
    framework.agentCount = 0;
  }
  countTasks(
    tasks,
    new Map(state.agents.map((agent) => [agent.id, agent])),
    new Map(state.frameworks.map((framework) => [framework.id, framework])),
  );
  return { ...state, tasks };
}

function build(
  state: NormalizedState,
  apps = indexMarathonApps(loadFixture('marathon-apps.prod.json')),
) {
  return buildSnapshot({ generation: 1, fetchedAt: 0, stateBytes: 1, state, apps });
}

describe('a snapshot patched with task changes', () => {
  it('equals one built from scratch after updates, an added task and dropped ones', () => {
    const original = normalizeMasterState(loadFixture('master-state.mesos-1.8.json')).tasks;
    const previous = build(stateWith([...original]));
    const active = original.filter((task) => task.category === 'active');
    const completed = original.filter((task) => task.category === 'completed');
    expect(active.length).toBeGreaterThan(1);
    expect(completed.length).toBeGreaterThan(1);
    const [first, second] = active as [TaskDetail, TaskDetail];
    const finished = withStatus(
      first,
      { state: 'TASK_FINISHED', timestamp: 1_700_000_000 },
      'TASK_FINISHED',
    );
    const killing = withStatus(
      second,
      { state: 'TASK_KILLING', timestamp: 1_700_000_001 },
      'TASK_KILLING',
    );
    const added: TaskDetail = { ...second, id: `${second.id}-again`, appId: null, statuses: [] };
    const dropped = completed[0] as TaskDetail;
    const changes: TaskChange[] = [
      { before: first, after: finished },
      { before: second, after: killing },
      { before: null, after: added },
      { before: dropped, after: null },
    ];
    const patched = patchSnapshot(
      previous,
      { tasks: changes, agentUsed: new Map(), frameworkUsed: new Map() },
      {
        generation: 2,
        fetchedAt: 0,
        apps: indexMarathonApps(loadFixture('marathon-apps.prod.json')),
      },
    );
    expect(patched?.built).toBe('patch');
    const rows = original
      .filter((task) => task !== dropped)
      .map((task) => (task === first ? finished : task === second ? killing : task));
    const fresh = build(stateWith([...rows, { ...added }]));
    expect(snapshotView(patched as ClusterSnapshot)).toEqual(snapshotView(fresh));
    // The snapshot it came from is as it was.
    expect(snapshotView(previous)).toEqual(snapshotView(build(stateWith([...original]))));
  });

  it('gives up (for a whole build) on a row it does not hold', () => {
    const original = normalizeMasterState(loadFixture('master-state.mesos-1.8.json')).tasks;
    const previous = build(stateWith([...original]));
    const stranger = { ...(original[0] as TaskDetail) };
    expect(
      patchSnapshot(
        previous,
        {
          tasks: [{ before: stranger, after: null }],
          agentUsed: new Map(),
          frameworkUsed: new Map(),
        },
        { generation: 2, fetchedAt: 0, apps: null },
      ),
    ).toBeNull();
  });
});
