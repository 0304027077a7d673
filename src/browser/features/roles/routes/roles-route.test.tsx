import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MesosRoles } from '../../../../api/mesos-operator';
import type { SessionInfo } from '../../../../api/access';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

const VIEWER: SessionInfo = {
  signInRequired: true,
  user: 'victor',
  role: 'viewer',
  readOnly: true,
  canAudit: false,
};

const masterRoles = async () =>
  (await (await fetch('http://localhost:3000/api/mesos/master/roles')).json()) as MesosRoles;
const roleRow = async (name: string) =>
  (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the roles page', () => {
  it('shows the role tree with weights, quota guarantee and limit, usage and frameworks', async () => {
    api.cluster().advance(60_000);
    renderApp({ route: '/roles' });
    const table = await screen.findByRole('table', { name: 'Roles' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['**', 'engeng', 'analyticseng/analytics', 'opsops']);
    const analytics = cells(await roleRow('eng/analytics'));
    expect(analytics.slice(0, 3)).toEqual(['1', 'CPUs 2 · Memory 2 GB', 'CPUs 4 · Memory 4 GB']);
    expect(cells(await roleRow('eng'))[0]).toBe('2');
    expect(cells(await roleRow('ops'))[1]).toBe('—');
    const star = await roleRow('*');
    expect(within(star).getByRole('link', { name: 'marathon' })).toBeTruthy();
    // Marathon's seeded apps hold resources; the rest of the agents is offered to it.
    expect(cells(star)[4]).toMatch(/^CPUs [\d.]+ · Memory/);
  });

  it('shows what each role holds reserved on the agents, static and dynamic alike', async () => {
    renderApp({ route: '/roles' });
    // Weight, guarantee, limit, consumed, allocated, reserved.
    expect(cells(await roleRow('eng/analytics'))[5]).toBe('CPUs 1 · Memory 1 GB · Disk 2 GB');
    expect(cells(await roleRow('ops'))[5]).toBe('CPUs 0.5 · Memory 512 MB · Disk 1 GB');
    expect(cells(await roleRow('*'))[5]).toBe('—');
    const { roles } = await masterRoles();
    expect(roles.find((role) => role.name === 'ops')?.reserved).toEqual({
      cpus: 0.5,
      mem: 512,
      disk: 1024,
      gpus: 0,
    });
  });

  it('keeps the filter in the URL and shows the parents of what matches', async () => {
    const { user, router } = renderApp({ route: '/roles' });
    await screen.findByRole('rowheader', { name: 'ops' });
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'analytics');
    await waitFor(() => expect(router.state.location.search).toBe('?q=analytics'));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'ops' })).toBeNull());
    expect(screen.getByRole('rowheader', { name: 'eng' })).toBeTruthy();
  });

  it('changes a weight after a review, and refuses a negative one at the field', async () => {
    const { user, router } = renderApp({ route: '/roles' });
    await user.click(await screen.findByRole('button', { name: 'Weight of ops' }));
    expect(router.state.location.search).toBe('?dialog=weight&role=ops');
    const dialog = await screen.findByRole('dialog', { name: 'Change the weight of ops?' });
    const field = within(dialog).getByRole('textbox', { name: 'Weight' });
    await user.clear(field);
    await user.type(field, '-2');
    expect(within(dialog).getByText('Enter a weight above 0, such as 1 or 2.5.')).toBeTruthy();
    const apply = within(dialog).getByRole('button', { name: 'Apply weight' });
    expect(apply.hasAttribute('disabled')).toBe(true);
    await user.clear(field);
    await user.type(field, '3');
    expect(within(dialog).getByText('Weight: 1 → 3')).toBeTruthy();
    await user.click(apply);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await masterRoles()).roles.find((role) => role.name === 'ops')?.weight).toBe(3);
    await waitFor(async () => expect(cells(await roleRow('ops'))[0]).toBe('3'));
  });

  it('changes quota with UPDATE_QUOTA, checks each field first and shows what the master refuses', async () => {
    const { user } = renderApp({ route: '/roles?dialog=quota&role=ops' });
    const dialog = await screen.findByRole('dialog', { name: 'Change the quota of ops?' });
    const guarantee = within(within(dialog).getByRole('group', { name: 'Guarantee' })).getByRole(
      'textbox',
      { name: 'CPUs' },
    );
    const limit = within(within(dialog).getByRole('group', { name: 'Limit' })).getByRole(
      'textbox',
      { name: 'CPUs' },
    );
    expect((limit as HTMLInputElement).value).toBe('1');
    await user.type(guarantee, '2');
    expect(within(dialog).getByText('The guarantee is above the limit (1).')).toBeTruthy();
    await user.clear(limit);
    await user.type(limit, 'x');
    expect(
      within(dialog).getByText('Enter a number of 0 or more, or leave it empty.'),
    ).toBeTruthy();
    await user.clear(limit);
    await user.type(limit, '20');
    await user.clear(guarantee);
    await user.type(guarantee, '20');
    expect(within(dialog).getByText('Guarantee CPUs: not set → 20')).toBeTruthy();
    expect(within(dialog).getByText('Limit CPUs: 1 → 20')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Apply quota' }));
    // Three agents of 4 CPUs cannot hold a guarantee of 20: the master's answer is shown, the
    // form keeps what was typed, and force sends it anyway.
    expect(await within(dialog).findByText(/exceed the cluster's 'cpus:12'/)).toBeTruthy();
    expect((guarantee as HTMLInputElement).value).toBe('20');
    await user.click(within(dialog).getByRole('checkbox', { name: /force/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply quota' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ops = (await masterRoles()).roles.find((role) => role.name === 'ops');
    expect(ops?.quota).toMatchObject({ guarantee: { cpus: 20 }, limit: { cpus: 20, mem: 1024 } });
  });

  it('sets only guarantees through /master/quota on a master before 1.9', async () => {
    api.answerFirst(http.get('*/api/mesos/version', () => HttpResponse.json({ version: '1.8.1' })));
    const { user } = renderApp({ route: '/roles?dialog=quota&role=eng/analytics' });
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the quota of eng/analytics?',
    });
    expect(within(dialog).getByText(/limits need Mesos 1.9/)).toBeTruthy();
    expect(within(dialog).queryByRole('group', { name: 'Limit' })).toBeNull();
    const cpus = within(dialog).getByRole('textbox', { name: 'CPUs' });
    await user.clear(cpus);
    await user.type(cpus, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Apply quota' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const analytics = (await masterRoles()).roles.find((role) => role.name === 'eng/analytics');
    expect(analytics?.quota?.guarantee).toEqual({ cpus: 1, mem: 2048 });
  });

  it('offers no changes to viewers', async () => {
    api.signInAs(VIEWER);
    renderApp({ route: '/roles?dialog=weight&role=ops' });
    await screen.findByRole('rowheader', { name: 'ops' });
    expect(screen.queryByRole('button', { name: 'Weight of ops' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('explains that a master before 1.0 cannot change weights', async () => {
    api.answerFirst(
      http.get('*/api/mesos/version', () => HttpResponse.json({ version: '0.28.2' })),
    );
    renderApp({ route: '/roles' });
    expect(await screen.findByText(/changing them needs Mesos 1.0 or later/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Weight of ops' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quota of ops' })).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    renderApp({ route: '/roles', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '角色' })).toBeTruthy();
    expect(cells(await roleRow('eng/analytics'))[1]).toBe('CPU 2 · 内存 2 GB');
  });

  it('reads quota from /master/quota on a master before 1.9, whose roles carry none', async () => {
    api.answerFirst(
      http.get('*/api/mesos/version', () => HttpResponse.json({ version: '1.8.1' })),
      // The 1.8 shapes: roles with `resources` only; quota as guarantee-only QuotaInfo.
      http.get('*/api/mesos/master/roles', () =>
        HttpResponse.json({
          roles: [{ name: 'dev', weight: 1.5, resources: { cpus: 0.5, mem: 128 }, frameworks: [] }],
        }),
      ),
      http.get('*/api/mesos/master/quota', () =>
        HttpResponse.json({
          infos: [
            { role: 'dev', guarantee: [{ name: 'cpus', type: 'SCALAR', scalar: { value: 2 } }] },
            {
              role: 'batch/nightly',
              guarantee: [{ name: 'mem', type: 'SCALAR', scalar: { value: 1024 } }],
            },
          ],
        }),
      ),
    );
    renderApp({ route: '/roles' });
    expect(cells(await roleRow('dev')).slice(0, 5)).toEqual([
      '1.5',
      'CPUs 2',
      'No limit',
      '—',
      'CPUs 0.5 · Memory 128 MB',
    ]);
    expect(cells(await roleRow('batch/nightly'))[1]).toBe('Memory 1 GB');
    expect(
      screen.getByRole('rowheader', { name: /^batch\s?\(Parent of listed roles\)$/ }),
    ).toBeTruthy();
  });
});
