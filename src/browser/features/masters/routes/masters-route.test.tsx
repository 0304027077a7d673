import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

/** The viewer shows a master's log, grows it as the master writes, and downloads it from `href`. */
async function expectFollowedLog(href: string) {
  const log = await screen.findByRole('log', { name: /log/ });
  await waitFor(() => expect(log.textContent).toContain('master.cpp'));
  const before = log.textContent ?? '';
  api.cluster().advance(5_000);
  await waitFor(() => expect((log.textContent ?? '').length).toBeGreaterThan(before.length));
  expect(screen.getByRole('link', { name: /Download/ }).getAttribute('href')).toBe(href);
}

describe('masters', () => {
  it('lists every master, leader first, each with its own version, build and start', async () => {
    renderApp({ route: '/masters' });
    const table = await screen.findByRole('table', { name: 'Masters' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(rows.map((row) => cells(row)[0])).toEqual(['Leader', 'Standby', 'Standby']);
    // Standbys answer for themselves too: every row gets its version and start.
    await waitFor(() =>
      expect(rows.map((row) => cells(row)[2])).toEqual(['1.11.0', '1.11.0', '1.11.0']),
    );
    expect(cells(rows[0])[1]).toBe('Yes');
    expect(cells(rows[0])[3]).toContain('by root');
    await waitFor(() => expect(cells(rows[1])[4]).not.toBe('—'));
    expect(cells(rows[0])[5]).not.toBe('—');
    expect(cells(rows[1])[5]).toBe('—');
  });

  it('shows a stopped standby as unreachable', async () => {
    api.cluster().mesos.stopMaster(2);
    renderApp({ route: '/masters' });
    const table = await screen.findByRole('table', { name: 'Masters' });
    await waitFor(() => expect(within(table).getAllByText(/^No: /)).toHaveLength(1));
    const stopped = within(table).getByText(/^No: /).closest('tr') as HTMLElement;
    expect(within(stopped).getAllByRole('cell')[2]?.textContent).toBe('—');
  });

  it("searches the leading master's flags, the search kept in the URL", async () => {
    const { user, router } = renderApp({ route: '/masters' });
    const flags = await screen.findByRole('table', { name: 'Flags of the leading master' });
    await user.type(screen.getByRole('searchbox', { name: 'Search flags' }), 'quorum');
    await waitFor(() => expect(within(flags).getAllByRole('row')).toHaveLength(2));
    expect(within(flags).getByText('2')).toBeTruthy();
    expect(router.state.location.search).toBe('?flags=quorum');
    expect(screen.getByRole('link', { name: 'Masters' }).getAttribute('aria-current')).toBe('page');
  });

  it("shows any agent's flags in a searchable table, the agent and search kept in the URL", async () => {
    const agent = api.cluster().agents()[1];
    if (!agent) throw new Error('no second agent');
    const { user, router } = renderApp({ route: '/masters?flags=quorum' });
    await user.type(await screen.findByRole('searchbox', { name: 'Find agent' }), 'slave-2');
    const picker = screen.getByRole('combobox', { name: 'Agent' });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Choose an agent…', `slave-2 (${agent.id})`]),
    );
    await user.selectOptions(picker, agent.id);
    const flags = await screen.findByRole('table', { name: `Flags of agent ${agent.id}` });
    await user.type(screen.getByRole('searchbox', { name: 'Search agent flags' }), 'work_dir');
    await waitFor(() => expect(within(flags).getAllByRole('row')).toHaveLength(2));
    expect(within(flags).getByText('work_dir')).toBeTruthy();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('agent')).toBe(agent.id);
    expect(search.get('agentFlags')).toBe('work_dir');
    // The master's table keeps its own search.
    expect(search.get('flags')).toBe('quorum');
    const master = screen.getByRole('table', { name: 'Flags of the leading master' });
    expect(within(master).getAllByRole('row')).toHaveLength(2);
  });

  it('opens the agent named in the URL', async () => {
    const agent = api.cluster().agents()[0];
    if (!agent) throw new Error('no agent');
    renderApp({ route: `/masters?agent=${encodeURIComponent(agent.id)}` });
    const flags = await screen.findByRole('table', { name: `Flags of agent ${agent.id}` });
    expect(await within(flags).findByText('work_dir')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Agent' }) as HTMLSelectElement).value).toBe(
      agent.id,
    );
  });

  it("reads the leading master's log in the viewer, following it, with a download", async () => {
    const { user, router } = renderApp({ route: '/masters' });
    await user.click(await screen.findByRole('link', { name: 'Read the leading master’s log' }));
    expect(router.state.location.pathname).toBe('/masters/log');
    expect(router.state.location.search).toBe('?follow=1');
    await expectFollowedLog('/api/mesos/files/download?path=%2Fmaster%2Flog');
  });

  it("reads a standby's own log from its row, the master kept in the URL", async () => {
    const { user, router } = renderApp({ route: '/masters' });
    const table = await screen.findByRole('table', { name: 'Masters' });
    const standby = (await within(table).findAllByText('Standby'))[0]?.closest('tr') as HTMLElement;
    const address = within(standby).getByRole('rowheader').textContent ?? '';
    const hostPort = new URL(address).host;
    await user.click(within(standby).getByRole('link', { name: `Log of ${hostPort}` }));
    expect(router.state.location.pathname).toBe('/masters/log');
    expect(new URLSearchParams(router.state.location.search).get('node')).toBe(hostPort);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Log of the master at ${hostPort}` }),
    ).toBeTruthy();
    await expectFollowedLog(
      `/api/masters/${encodeURIComponent(hostPort)}/files/download?path=%2Fmaster%2Flog`,
    );
  });

  it('names a master Stadium does not know instead of reading it', async () => {
    renderApp({ route: '/masters/log?node=169.254.169.254%3A80' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      '169.254.169.254:80 is not one of the masters Stadium knows',
    );
  });

  it('says why the log is missing when the master runs without --log_dir', async () => {
    api.answerFirst(
      http.get('*/api/mesos/files/read', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp({ route: '/masters/log' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'only when it runs with --log_dir',
    );
  });

  it('shows in Chinese', async () => {
    renderApp({ route: '/masters', language: 'zh-CN' });
    expect(await screen.findByRole('table', { name: '主节点' })).toBeTruthy();
    expect(await screen.findByText('领导者')).toBeTruthy();
  });
});
