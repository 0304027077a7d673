import { describe, expect, it } from 'vitest';
import { readTaskView, statesOfTab, taskListParams, writeTaskView } from './task-view';

describe('task view in the URL', () => {
  it('reads every filter, sort and the tab', () => {
    const view = readTaskView(
      new URLSearchParams(
        'state=completed&q=nginx&taskState=TASK_FAILED&framework=fw-1&agent=a-1&sort=started&order=desc',
      ),
    );
    expect(view).toEqual({
      state: 'completed',
      q: 'nginx',
      taskState: 'TASK_FAILED',
      framework: 'fw-1',
      agent: 'a-1',
      sort: 'started',
      order: 'desc',
    });
    expect(taskListParams(view)).toMatchObject({ state: 'completed', sort: 'started' });
  });

  it('drops values the API would refuse', () => {
    const view = readTaskView(new URLSearchParams('state=bogus&sort=size&taskState=TASK_FAILED'));
    expect(view).toMatchObject({ state: 'active', sort: undefined, taskState: undefined });
    expect(taskListParams(view)).toMatchObject({
      state: 'active,unreachable,orphan',
      order: undefined,
    });
  });

  it('writes defaults as absent parameters and keeps the others', () => {
    const next = writeTaskView(new URLSearchParams('q=old&agent=a-1'), {
      q: '',
      state: 'active',
      sort: 'name',
      order: 'desc',
    });
    expect(next.toString()).toBe('agent=a-1&sort=name&order=desc');
  });

  it('splits task states between the tabs', () => {
    expect(statesOfTab('active')).toContain('TASK_RUNNING');
    expect(statesOfTab('active')).not.toContain('TASK_FAILED');
    expect(statesOfTab('completed')).toContain('TASK_FAILED');
  });
});
