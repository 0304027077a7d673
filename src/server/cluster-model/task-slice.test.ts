import { describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../api/cluster-model';
import { agentDetail, parseAgentQuery, sliceAgents } from './agent-slice';
import {
  SYNTHETIC_BATCH_ID,
  syntheticAgentId,
  syntheticMarathonApps,
  syntheticMasterState,
} from './fixtures/synthetic-master-state';
import { indexMarathonApps } from './marathon-join';
import { normalizeMasterState } from './normalize-master-state';
import { QueryError } from './query-params';
import { buildSnapshot } from './snapshot';
import { findTask, parseTaskQuery, sliceTasks } from './task-slice';

const TASKS = 100_000;
const AGENTS = 2_000;
const snapshot = buildSnapshot({
  generation: 7,
  fetchedAt: 0,
  stateBytes: 0,
  state: normalizeMasterState(syntheticMasterState({ agents: AGENTS, tasks: TASKS })),
  apps: indexMarathonApps(syntheticMarathonApps()),
});

function tasks(query: Record<string, string>) {
  return sliceTasks(snapshot, parseTaskQuery(query));
}

describe('task slices at 100k tasks', () => {
  it('pages through every task with totals', () => {
    const first = tasks({ limit: '50' });
    expect(first).toMatchObject({ total: TASKS, offset: 0, limit: 50, generation: 7 });
    expect(first.rows).toHaveLength(50);
    const ids = first.rows.map((row) => row.id);
    expect(ids).toEqual([...ids].sort());
    const last = tasks({ offset: String(TASKS - 10), limit: '50' });
    expect(last.rows).toHaveLength(10);
    expect(tasks({ offset: String(TASKS + 5) }).rows).toEqual([]);
  });

  it('filters by category, Mesos state, framework, agent, app and free text, with totals', () => {
    expect(tasks({ state: 'active' }).total).toBe(80_000);
    expect(tasks({ state: 'completed' }).total).toBe(15_000);
    expect(tasks({ state: 'unreachable,completed' }).total).toBe(20_000);
    expect(tasks({ state: 'all' }).total).toBe(TASKS);
    expect(tasks({ framework: SYNTHETIC_BATCH_ID }).total).toBe(10_000);
    expect(tasks({ agent: syntheticAgentId(3) }).total).toBe(TASKS / AGENTS);

    const running = tasks({ state: 'active', taskState: 'TASK_RUNNING', limit: '1000' });
    expect(
      running.rows.every((row) => row.state === 'TASK_RUNNING' && row.category === 'active'),
    ).toBe(true);

    const app = tasks({ app: '/group-2/app-7', limit: '1000' });
    expect(app.total).toBe(TASKS / 500);
    expect(app.rows.every((row) => row.appId === '/group-2/app-7')).toBe(true);

    const text = tasks({ q: 'HOST-17.sim app-17 ', limit: '1000' });
    expect(text.total).toBeGreaterThan(0);
    expect(
      text.rows.every((row) => row.agentHostname === 'host-17.sim' && row.name === 'app-17'),
    ).toBe(true);
    expect(tasks({ q: 'no-such-thing' })).toMatchObject({ total: 0, rows: [] });
  });

  it('finds free text in any searched field, as in the row text lowercased', () => {
    // What a task was searched in before fields were matched one by one.
    const rowText = (task: TaskDetail) =>
      [
        task.id,
        task.name,
        task.state,
        task.frameworkName ?? task.frameworkId,
        task.agentHostname ?? task.agentId,
        task.appId ?? '',
        task.image ?? '',
      ]
        .join('\n')
        .toLowerCase();
    const someId = (snapshot.tasks[4_321] as TaskDetail).id;
    for (const q of [
      'app-17',
      'HOST-3',
      'task_kill',
      'group-2/app',
      (snapshot.frameworks[1]?.name ?? '-').toUpperCase(),
      someId.toUpperCase(),
      `${someId.slice(2, 9)} running`,
      'sim task_running /group-1',
      'r3 no-such-thing',
    ]) {
      const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
      const expected = snapshot.tasks.filter((task) => {
        const text = rowText(task);
        return terms.every((term) => text.includes(term));
      }).length;
      expect([q, tasks({ q }).total]).toEqual([q, expected]);
    }
  });

  it('sorts on any key both ways, ties in id order, without changing totals', () => {
    const byMem = tasks({ sort: 'mem', order: 'desc', limit: '1000' });
    const mems = byMem.rows.map((row) => row.mem);
    expect(mems[0]).toBe(256);
    expect(mems).toEqual([...mems].sort((a, b) => b - a));

    const byUpdated = tasks({ state: 'completed', sort: 'updated', order: 'asc', limit: '200' });
    const times = byUpdated.rows.map((row) => row.updatedAt ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(byUpdated.total).toBe(15_000);

    const byAgent = tasks({ sort: 'agent', offset: '500', limit: '100' });
    const hosts = byAgent.rows.map((row) => row.agentHostname ?? '');
    expect(hosts).toEqual([...hosts].sort());
    // The same page twice is the same rows (served from the per-snapshot cache).
    expect(tasks({ sort: 'agent', offset: '500', limit: '100' }).rows).toEqual(byAgent.rows);
  });

  it('finds single tasks and agents', () => {
    const row = tasks({ limit: '1' }).rows[0];
    expect(row).toBeDefined();
    expect(findTask(snapshot, row?.id ?? '', undefined)?.statuses.length).toBeGreaterThan(0);
    expect(findTask(snapshot, 'missing', undefined)).toBeUndefined();
    const agents = sliceAgents(snapshot, parseAgentQuery({ q: 'r3', sort: 'cpus', order: 'desc' }));
    expect(agents.total).toBe(AGENTS / 10);
    expect(agents.rows[0]?.used.cpus).toBe(15);
    const agentId = syntheticAgentId(16); // its tasks are all unreachable: still live
    const live = snapshot.tasks.filter((t) => t.agentId === agentId && t.category !== 'completed');
    const detail = agentDetail(snapshot, agentId);
    expect(live.length).toBeGreaterThan(0);
    expect(detail?.tasks.map((t) => t.id).sort()).toEqual(live.map((t) => t.id).sort());
    expect(detail?.frameworks.reduce((sum, f) => sum + f.activeTasks, 0)).toBe(live.length);
  });

  it('refuses bad parameters with a clear message', () => {
    expect(() => parseTaskQuery({ sort: 'colour' })).toThrow(QueryError);
    expect(() => parseTaskQuery({ sort: 'colour' })).toThrow(/"sort" must be one of id, name/);
    expect(() => parseTaskQuery({ limit: '5000' })).toThrow(/"limit" must be between 1 and 1000/);
    expect(() => parseTaskQuery({ limit: '-1' })).toThrow(/whole number/);
    expect(() => parseTaskQuery({ state: 'running' })).toThrow(/"state" values must be among/);
    expect(() => parseTaskQuery({ taskState: 'TASK_RUNNING,RUNNING' })).toThrow(/"RUNNING"/);
    expect(() => parseTaskQuery({ q: ['a', 'b'] })).toThrow(/given once/);
    expect(() => parseAgentQuery({ order: 'up' })).toThrow(/"order" must be one of asc, desc/);
  });
});
