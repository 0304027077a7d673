import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

const api = serveSimulatedCluster();

const operatorCall = (body: unknown) =>
  anotherClient('/mesos/api/v1', { method: 'POST', body: JSON.stringify(body) });
const machines = (...hostnames: string[]) => hostnames.map((hostname) => ({ hostname }));

async function scheduleWindow(...hostnames: string[]) {
  const response = await operatorCall({
    type: 'UPDATE_MAINTENANCE_SCHEDULE',
    update_maintenance_schedule: {
      schedule: {
        windows: [
          {
            machine_ids: machines(...hostnames),
            unavailability: {
              start: { nanoseconds: Date.UTC(2099, 0, 1) * 1e6 },
              duration: { nanoseconds: 3_600_000 * 1e6 },
            },
          },
        ],
      },
    },
  });
  expect(response.status).toBe(200);
}

describe('the offers page', () => {
  it('lists outstanding offers with agent, framework, role, resources and age', async () => {
    api.cluster().advance(60_000);
    renderApp({ route: '/offers' });
    const table = await screen.findByRole('table', { name: 'Outstanding offers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(first.map((cell) => cell.textContent).slice(1, 4)).toEqual(['slave-1', 'marathon', '*']);
    expect(first[4]?.textContent).toMatch(/^CPUs [\d.]+ · Memory .* · Disk /);
    expect(first[5]?.textContent).toMatch(/^\[31000-/);
    expect(first[6]?.textContent).toMatch(/second/);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'slave-1' })).toBeTruthy();
    expect(
      screen.getByText('No inverse offers: no machine is being drained for maintenance.'),
    ).toBeTruthy();
  });

  it('shows inverse offers for draining machines and filters by the URL', async () => {
    api.cluster().advance(60_000);
    await scheduleWindow('slave-1');
    const { user, router } = renderApp({ route: '/offers' });
    const inverse = await screen.findByRole('table', { name: 'Inverse offers' });
    const [row] = within(inverse).getAllByRole('row').slice(1);
    expect(
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 4),
    ).toEqual(['slave-1', 'slave-1', 'marathon', 'No answer yet']);
    await user.type(screen.getByRole('textbox', { name: 'Agent, framework or role' }), 'slave-2');
    await waitFor(() => expect(router.state.location.search).toBe('?q=slave-2'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Outstanding offers' })).getAllByRole('row'),
      ).toHaveLength(2),
    );
    expect(
      screen.getByText('No inverse offers: no machine is being drained for maintenance.'),
    ).toBeTruthy();
  });

  it('says so when nothing is offered: every machine is down', async () => {
    await scheduleWindow('slave-1', 'slave-2', 'slave-3');
    const down = await operatorCall({
      type: 'START_MAINTENANCE',
      start_maintenance: { machines: machines('slave-1', 'slave-2', 'slave-3') },
    });
    expect(down.status).toBe(200);
    renderApp({ route: '/offers' });
    expect(await screen.findByText('No outstanding offers.')).toBeTruthy();
  });
});
