import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../api/access';
import type {
  MaintenanceSchedule,
  MaintenanceStatus,
  MaintenanceWindow,
} from '../../../../api/mesos-operator';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

const api = serveSimulatedCluster();

const master = async <T,>(path: string, init?: RequestInit) => {
  const response = await anotherClient(`/mesos${path}`, init);
  return (
    response.status === 200 && response.headers.get('content-type')?.includes('json')
      ? await response.json()
      : undefined
  ) as T;
};
const schedule = () => master<MaintenanceSchedule>('/master/maintenance/schedule');
const status = () => master<MaintenanceStatus>('/master/maintenance/status');
const HOUR_NS = 3_600_000 * 1e6;

/** The whole schedule, as another operator sets it straight on the master. */
async function anotherOperatorSets(windows: MaintenanceWindow[]) {
  await master('/api/v1', {
    method: 'POST',
    body: JSON.stringify({
      type: 'UPDATE_MAINTENANCE_SCHEDULE',
      update_maintenance_schedule: { schedule: { windows } },
    }),
  });
}

/** One window per host, 2 h each, from `startMs`. */
const anotherOperatorSchedules = (hostnames: string[], startMs = Date.now() + 3_600_000) =>
  anotherOperatorSets(
    hostnames.map((hostname) => ({
      machine_ids: [{ hostname }],
      unavailability: {
        start: { nanoseconds: startMs * 1e6 },
        duration: { nanoseconds: 2 * HOUR_NS },
      },
    })),
  );

/** slave-1 in a window an hour from now, as another operator might have scheduled it. */
const scheduleSlave1 = () => anotherOperatorSchedules(['slave-1']);
const scheduledHosts = async () =>
  ((await schedule()).windows ?? []).map((window) =>
    window.machine_ids.map((machine) => machine.hostname).join(','),
  );

const machineRow = async (name: string, table = 'Machines') =>
  (
    await within(await screen.findByRole('table', { name: table })).findByRole('rowheader', {
      name,
    })
  ).closest('tr') as HTMLElement;
const modeOf = async (name: string, table?: string) =>
  within(await machineRow(name, table)).getAllByRole('cell')[0]?.textContent;

describe('the maintenance page', () => {
  it('shows every machine up and no windows on a fresh cluster', async () => {
    renderApp({ route: '/maintenance' });
    expect(await screen.findByText('No maintenance is scheduled.')).toBeTruthy();
    expect(await modeOf('slave-1')).toBe('Up');
    expect(await modeOf('slave-3')).toBe('Up');
  });

  it('schedules a window after checking every field, and keeps what was typed', async () => {
    const { user, router } = renderApp({ route: '/maintenance' });
    await user.click(await screen.findByRole('button', { name: 'Schedule maintenance' }));
    expect(router.state.location.search).toBe('?dialog=add');
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a maintenance window?' });
    expect(dialog.textContent).toContain('get inverse offers asking them to move away');
    const machines = within(dialog).getByRole('textbox', { name: /^Machines/ });
    await user.type(machines, 'slave-1, slave-9');
    expect(within(dialog).getByText('No agent runs on slave-9; check the spelling.')).toBeTruthy();
    const submit = within(dialog).getByRole('button', { name: 'Schedule' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    await user.clear(machines);
    await user.type(machines, 'slave-1 slave-2');

    const start = within(dialog).getByLabelText('Start (your local time)');
    fireEvent.change(start, { target: { value: '2020-01-01T10:00' } });
    expect(
      within(dialog).getByText('This time is in the past; the window must start after now.'),
    ).toBeTruthy();
    fireEvent.change(start, { target: { value: '2099-06-01T10:00' } });
    const duration = within(dialog).getByRole('textbox', { name: 'Duration (hours)' });
    await user.clear(duration);
    await user.type(duration, '0');
    expect(within(dialog).getByText('Enter a duration above 0 hours.')).toBeTruthy();
    expect((machines as HTMLInputElement).value).toBe('slave-1 slave-2');
    await user.clear(duration);
    await user.type(duration, '2');
    await user.click(submit);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [window] = (await schedule()).windows ?? [];
    expect(window?.machine_ids).toEqual([{ hostname: 'slave-1' }, { hostname: 'slave-2' }]);
    expect(window?.unavailability.duration?.nanoseconds).toBe(2 * HOUR_NS);
    expect(window?.unavailability.start.nanoseconds).toBe(
      new Date('2099-06-01T10:00').getTime() * 1e6,
    );
    await waitFor(async () => expect(await modeOf('slave-1')).toBe('Draining'));
    const windows = screen.getByRole('table', { name: 'Maintenance windows' });
    expect(within(windows).getByText('slave-1, slave-2')).toBeTruthy();
    expect(within(windows).getByText('2 h')).toBeTruthy();
  });

  it('starts and stops maintenance on a machine, saying what each does', async () => {
    await scheduleSlave1();
    const { user } = renderApp({ route: '/maintenance' });
    await user.click(await screen.findByRole('button', { name: 'Start maintenance on slave-1' }));
    const start = await screen.findByRole('dialog', { name: 'Start maintenance on slave-1?' });
    expect(start.textContent).toContain('every task on them is killed');
    const { slaves } = await master<{ slaves: { id: string; hostname: string }[] }>(
      '/master/slaves',
    );
    const agentId = slaves.find((agent) => agent.hostname === 'slave-1')?.id ?? 'unknown';
    expect(start.textContent).toContain(`shuts down its agents (${agentId})`);
    await user.click(within(start).getByRole('button', { name: 'Start maintenance' }));
    await waitFor(async () => expect(await modeOf('slave-1')).toBe('Down'));
    expect((await status()).down_machines).toEqual([{ hostname: 'slave-1' }]);
    // A down machine must stay scheduled: its window cannot be removed yet.
    expect(screen.queryByRole('button', { name: 'Remove the window of slave-1' })).toBeNull();
    expect(screen.getByText(/Stop maintenance on slave-1 first/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop maintenance on slave-1' }));
    const stop = await screen.findByRole('dialog', { name: 'Stop maintenance on slave-1?' });
    expect(stop.textContent).toContain('leaves the schedule');
    await user.click(within(stop).getByRole('button', { name: 'Stop maintenance' }));
    await waitFor(async () => expect(await modeOf('slave-1')).toBe('Up'));
    expect(await screen.findByText('No maintenance is scheduled.')).toBeTruthy();
  });

  it('removes a window after a confirmation', async () => {
    await scheduleSlave1();
    const { user, router } = renderApp({ route: '/maintenance' });
    await user.click(await screen.findByRole('button', { name: 'Remove the window of slave-1' }));
    expect(router.state.location.search).toBe('?dialog=remove&window=slave-1%7C');
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove the maintenance window of slave-1?',
    });
    expect(dialog.textContent).toContain('go back to up');
    await user.click(within(dialog).getByRole('button', { name: 'Remove window' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await schedule()).toEqual({});
    expect(await screen.findByText('No maintenance is scheduled.')).toBeTruthy();
  });

  it('keeps what another operator changed meanwhile: two edits in a row from stale views both survive', async () => {
    const startMs = Date.now() + 3_600_000;
    await anotherOperatorSchedules(['slave-1'], startMs);
    const { user } = renderApp({ route: '/maintenance' });
    await screen.findByRole('button', { name: 'Remove the window of slave-1' });
    // Another operator adds slave-3 while this page still shows slave-1 alone.
    await anotherOperatorSchedules(['slave-1', 'slave-3'], startMs);
    await user.click(screen.getByRole('button', { name: 'Schedule maintenance' }));
    const add = await screen.findByRole('dialog', { name: 'Schedule a maintenance window?' });
    await user.type(within(add).getByRole('textbox', { name: /^Machines/ }), 'slave-2');
    await user.click(within(add).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await scheduledHosts()).toEqual(['slave-1', 'slave-3', 'slave-2']);

    // Now the other operator drops slave-3's window, and this page (still showing it) slave-1's.
    await screen.findByRole('button', { name: 'Remove the window of slave-3' });
    const current = (await schedule()).windows ?? [];
    await anotherOperatorSets(
      current.filter((window) => window.machine_ids[0]?.hostname !== 'slave-3'),
    );
    await user.click(screen.getByRole('button', { name: 'Remove the window of slave-1' }));
    const remove = await screen.findByRole('dialog', {
      name: 'Remove the maintenance window of slave-1?',
    });
    await user.click(within(remove).getByRole('button', { name: 'Remove window' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await scheduledHosts()).toEqual(['slave-2']);
  });

  it('says so and sends nothing when the window was removed or the machine scheduled meanwhile', async () => {
    await scheduleSlave1();
    const { user } = renderApp({ route: '/maintenance' });
    await user.click(await screen.findByRole('button', { name: 'Remove the window of slave-1' }));
    const remove = await screen.findByRole('dialog', {
      name: 'Remove the maintenance window of slave-1?',
    });
    await anotherOperatorSchedules(['slave-2']);
    await user.click(within(remove).getByRole('button', { name: 'Remove window' }));
    expect((await within(remove).findByRole('alert')).textContent).toContain(
      'The window of slave-1 was already removed by someone else; nothing was sent.',
    );
    expect(await scheduledHosts()).toEqual(['slave-2']);
    await user.click(within(remove).getByRole('button', { name: 'Cancel' }));

    await user.click(await screen.findByRole('button', { name: 'Schedule maintenance' }));
    const add = await screen.findByRole('dialog', { name: 'Schedule a maintenance window?' });
    const machines = within(add).getByRole('textbox', { name: /^Machines/ });
    await user.type(machines, 'slave-3');
    await anotherOperatorSchedules(['slave-2', 'slave-3']);
    await user.click(within(add).getByRole('button', { name: 'Schedule' }));
    expect((await within(add).findByRole('alert')).textContent).toContain(
      'Someone else scheduled slave-3 meanwhile; nothing was sent.',
    );
    expect((machines as HTMLInputElement).value).toBe('slave-3');
    expect(await scheduledHosts()).toEqual(['slave-2', 'slave-3']);
  });

  it('uses /master/machine/down on a master without the v1 operator API', async () => {
    api.answerFirst(
      http.get('*/api/mesos/version', () => HttpResponse.json({ version: '0.28.2' })),
    );
    await scheduleSlave1();
    const { user } = renderApp({ route: '/maintenance' });
    await user.click(await screen.findByRole('button', { name: 'Start maintenance on slave-1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start maintenance on slave-1?' });
    const sent: string[] = [];
    api.answerFirst(
      http.post('*/api/mesos/*', ({ request }) => {
        sent.push(new URL(request.url).pathname);
        return undefined;
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Start maintenance' }));
    await waitFor(async () => expect(await modeOf('slave-1')).toBe('Down'));
    expect(sent).toEqual(['/api/mesos/master/machine/down']);
  });

  it('shows viewers the schedule and modes without any change', async () => {
    const viewer: SessionInfo = {
      signInRequired: true,
      user: 'victor',
      role: 'viewer',
      readOnly: true,
      canAudit: false,
    };
    await scheduleSlave1();
    api.signInAs(viewer);
    renderApp({ route: '/maintenance?dialog=add' });
    expect(await modeOf('slave-1')).toBe('Draining');
    expect(screen.queryByRole('button', { name: 'Schedule maintenance' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start maintenance on slave-1' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks Chinese', async () => {
    renderApp({ route: '/maintenance', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '维护' })).toBeTruthy();
    expect(await screen.findByText('没有计划中的维护。')).toBeTruthy();
    expect(await modeOf('slave-1', '机器')).toBe('正常');
  });
});
