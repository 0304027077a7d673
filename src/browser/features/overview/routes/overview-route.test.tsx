import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot } from '../../../../api/mesos';
import { mesosKeys } from '../../../shared/api/query-keys';
import { describedValue } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

const ui = {
  heading: () => screen.findByRole('heading', { level: 1, name: 'Overview' }),
  card: (name: string) => screen.findByRole('region', { name }),
  taskTable: (caption: string) => screen.findByRole('table', { name: caption }),
};

function rowCount(table: HTMLElement, state: string): string | null | undefined {
  const header = within(table).getByRole('rowheader', { name: state });
  return header.nextElementSibling?.textContent;
}

describe('overview', () => {
  it('shows cluster totals, agents and frameworks from the leading master', async () => {
    renderApp();
    await ui.heading();

    const cpus = await ui.card('CPUs');
    expect(describedValue(cpus, 'Total')).toBe('12');
    expect(describedValue(await ui.card('Memory'), 'Total')).toBe('12 GB');
    expect(describedValue(await ui.card('GPUs'), 'Total')).toBe('0');
    expect(within(cpus).getByRole('img').getAttribute('aria-label')).toMatch(/^CPUs: .+ of 12$/);

    const agents = await ui.card('Agents');
    expect(describedValue(agents, 'Active')).toBe('3');
    expect(describedValue(agents, 'Inactive')).toBe('0');
    expect(describedValue(await ui.card('Frameworks'), 'Active')).toBe('1');
  });

  it('shows tasks by state as the master counts them', async () => {
    api.cluster().advance(60_000);
    const snapshot = (await (
      await fetch('http://localhost:3000/api/mesos/metrics/snapshot')
    ).json()) as MetricsSnapshot;
    const running = snapshot['master/tasks_running'];
    expect(running).toBeGreaterThan(0);

    renderApp();

    const now = await ui.taskTable('Now');
    expect(rowCount(now, 'Running')).toBe(String(running));
    expect(rowCount(now, 'Staging')).toBe(String(snapshot['master/tasks_staging']));
    const history = await ui.taskTable('Since the leading master started');
    expect(rowCount(history, 'Failed')).toBe(String(snapshot['master/tasks_failed'] ?? 0));
  });

  it("shows the proxy's message on a failed refresh and keeps the last totals", async () => {
    const { queryClient } = renderApp();
    expect(describedValue(await ui.card('CPUs'), 'Total')).toBe('12');

    const mesos = api.cluster().mesos;
    mesos.masters().forEach((_, index) => mesos.stopMaster(index));
    await act(() => queryClient.refetchQueries({ queryKey: mesosKeys.all }));

    await waitFor(() =>
      expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
        expect.stringContaining('Error 503: No Mesos leader Showing the last data received.'),
      ),
    );
    expect(describedValue(await ui.card('CPUs'), 'Total')).toBe('12');
  });
});
