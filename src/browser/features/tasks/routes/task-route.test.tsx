import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TaskSlice } from '../../../../api/cluster-model';
import { describedValue } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

async function firstTask(query: string) {
  const response = await fetch(`http://localhost:3000/api/cluster/tasks?${query}`);
  const slice = (await response.json()) as TaskSlice;
  const task = slice.rows[0];
  if (!task) throw new Error(`No task for ${query}`);
  return task;
}

describe('task page', () => {
  it('shows the state history, the Marathon app, where it runs and its logs', async () => {
    api.cluster().advance(60_000);
    const task = await firstTask('q=nginx&state=active');

    renderApp({ route: `/tasks/${encodeURIComponent(task.id)}?framework=${task.frameworkId}` });

    await screen.findByRole('heading', { level: 1, name: `Task ${task.id}` });
    const history = await screen.findByRole('table', { name: 'State history' });
    const states = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(states.at(-1)).toBe('Running');
    expect(states.length).toBeGreaterThan(1);

    const overview = screen.getByRole('region', { name: 'Task' });
    expect(within(overview).getByRole('link', { name: '/nginx' }).getAttribute('href')).toBe(
      '/apps/%2Fnginx',
    );
    expect(
      within(overview)
        .getByRole('link', { name: task.agentHostname ?? task.agentId })
        .getAttribute('href'),
    ).toBe(`/agents/${encodeURIComponent(task.agentId)}`);
    expect(describedValue(overview, 'State')).toBe('Running');
    const port = task.hostPorts[0];
    if (port !== undefined) {
      expect(
        within(overview).getByRole('link', { name: `${task.agentHostname}:${port}` }),
      ).toHaveProperty('href', `http://${task.agentHostname}:${port}/`);
    }
    expect(screen.getByRole('link', { name: `stdout of task ${task.id}` })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: `Browse the sandbox of task ${task.id}` }),
    ).toBeTruthy();
  });

  it("reports a task the master does not know with the proxy's message", async () => {
    renderApp({ route: '/tasks/no-such-task' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Error 404');
  });
});
