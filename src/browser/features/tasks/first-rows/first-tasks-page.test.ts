import { describe, expect, it } from 'vitest';
import type { TaskRow, TaskSlice } from '../../../../api/cluster-model';
import { firstTasksPage } from './first-tasks-page';

const HOSTILE = '<img src=x onerror="alert(1)">';

function task(overrides: Partial<TaskRow> = {}): TaskRow {
  return {
    id: 'nginx.1',
    name: 'nginx',
    state: 'TASK_RUNNING',
    category: 'active',
    frameworkId: 'fw-1',
    frameworkName: 'marathon',
    agentId: 'agent-1',
    agentHostname: 'slave-1',
    appId: '/nginx',
    cpus: 0.1,
    mem: 32,
    disk: 0,
    gpus: 0,
    healthy: null,
    image: 'nginx',
    hostPorts: [31000, 31001],
    ipAddresses: [],
    stagedAt: 1,
    startedAt: 2,
    finishedAt: null,
    updatedAt: 2,
    ...overrides,
  };
}

function slice(rows: TaskRow[], total = rows.length): TaskSlice {
  return { total, offset: 0, limit: 200, rows, generation: 1 };
}

/** The page's markup as a document fragment, to read as the browser would. */
function drawn(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder;
}

describe('firstTasksPage', () => {
  it('draws cluster data as text and its links as the console builds them', () => {
    const page = firstTasksPage(
      slice([
        task({
          id: `${HOSTILE}.1`,
          name: HOSTILE,
          appId: `/${HOSTILE}`,
          frameworkName: HOSTILE,
          agentHostname: HOSTILE,
        }),
      ]),
      new URLSearchParams(),
      'en',
    );
    const markup = drawn(page?.markup ?? '');
    expect(markup.querySelector('img')).toBeNull();
    const cells = [...markup.querySelectorAll('[aria-rowindex="2"] [role="cell"]')];
    expect(cells.map((cell) => cell.textContent)).toEqual([
      `${HOSTILE}.1`,
      HOSTILE,
      'Running',
      `/${HOSTILE}`,
      HOSTILE,
      HOSTILE,
      '31000, 31001',
      '',
      '',
    ]);
    const links = [...markup.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/',
      `/tasks/${encodeURIComponent(`${HOSTILE}.1`)}?framework=fw-1`,
      `/apps/${encodeURIComponent(`/${HOSTILE}`)}`,
      '/frameworks/fw-1',
      '/agents/agent-1',
    ]);
  });

  it('speaks Chinese, names the page and holds every row of the list in its row count', () => {
    const page = firstTasksPage(slice([task()], 100_000), new URLSearchParams(), 'zh-CN');
    expect(page?.title).toBe('任务 · Stadium');
    const table = drawn(page?.markup ?? '').querySelector('[role="table"]');
    expect(table?.getAttribute('aria-label')).toBe('任务');
    expect(table?.getAttribute('aria-rowcount')).toBe('100001');
    expect(table?.querySelector('[role="columnheader"]')?.textContent).toBe('ID▲');
  });

  it('marks the sort the URL names and draws at most a screenful', () => {
    const rows = Array.from({ length: 200 }, (_, index) => task({ id: `t-${index}` }));
    const page = firstTasksPage(slice(rows), new URLSearchParams('sort=name&order=desc'), 'en');
    const markup = drawn(page?.markup ?? '');
    const sorted = markup.querySelector('[aria-sort="descending"]');
    expect(sorted?.textContent).toBe('Name▼');
    expect(markup.querySelectorAll('[role="row"][aria-rowindex]').length).toBeLessThan(40);
  });

  it('draws nothing for an empty list', () => {
    expect(firstTasksPage(slice([]), new URLSearchParams(), 'en')).toBeNull();
  });
});
