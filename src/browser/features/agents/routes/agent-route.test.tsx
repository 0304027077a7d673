import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../../api/access';
import { renderApp } from '../../../testing/render-app';
import { serveRunningCluster } from '../../../testing/serve-running-cluster';

const api = serveRunningCluster();

const VIEWER: SessionInfo = {
  signInRequired: true,
  user: 'vera',
  role: 'viewer',
  readOnly: true,
  canAudit: false,
};

function firstAgent() {
  const agent = api.cluster().agents()[0];
  if (!agent) throw new Error('no agent');
  return agent;
}

async function openAgentPage(search = '') {
  const agent = firstAgent();
  const view = renderApp({ route: `/agents/${encodeURIComponent(agent.id)}${search}` });
  await screen.findByRole('heading', { level: 1, name: 'Agent slave-1' });
  return { ...view, agent };
}

const summaryValue = async (label: string) => {
  const term = await screen.findByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
};

describe('agent operator actions', () => {
  it('drains an agent: the grace period is checked at the field, then the agent shows Draining and Drained', async () => {
    const { user, router, queryClient } = await openAgentPage();
    expect(await summaryValue('State')).toBe('Active');
    await user.click(await screen.findByRole('button', { name: 'Drain…' }));
    expect(router.state.location.search).toBe('?dialog=drain');
    const dialog = await screen.findByRole('dialog', { name: 'Drain agent slave-1' });
    expect(within(dialog).getByText(/its \d+ tasks? (is|are) killed/)).toBeTruthy();

    const grace = within(dialog).getByRole('textbox', { name: 'Max grace period (seconds)' });
    await user.type(grace, '-5');
    expect(within(dialog).getByRole('alert').textContent).toContain('“-5” is not a whole number');
    expect(grace.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('button', { name: 'Drain' })).toHaveProperty('disabled', true);

    await user.clear(grace);
    await user.type(grace, '2');
    await user.click(within(dialog).getByRole('checkbox', { name: /Mark the agent gone/ }));
    expect(within(dialog).getByText(/removed for good/)).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox', { name: /Mark the agent gone/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Drain' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.search).toBe('');
    expect(screen.getByText('Mesos accepted the drain of slave-1.')).toBeTruthy();
    await waitFor(async () => expect(await summaryValue('State')).toBe('Draining'));
    expect(await summaryValue('Drain')).toBe('at most 2 s of grace; the agent stays registered');
    expect(screen.queryByRole('button', { name: 'Drain…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reactivate…' })).toBeNull();

    // The tasks end within the grace period; the next poll (asked for at once) sees the drain done.
    api.cluster().advance(3_000);
    await queryClient.invalidateQueries();
    await waitFor(async () => expect(await summaryValue('State')).toBe('Drained'));
    expect(await screen.findByRole('button', { name: 'Reactivate…' })).toBeTruthy();
  }, 20_000);

  it('deactivates and reactivates, with the dialog in the URL', async () => {
    const { user } = await openAgentPage('?dialog=deactivate');
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate agent slave-1' });
    expect(within(dialog).getByText(/the tasks on it keep running/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(async () => expect(await summaryValue('State')).toBe('Deactivated'));
    await user.click(await screen.findByRole('button', { name: 'Reactivate…' }));
    const reactivate = await screen.findByRole('dialog', { name: 'Reactivate agent slave-1' });
    await user.click(within(reactivate).getByRole('button', { name: 'Reactivate' }));
    await waitFor(async () => expect(await summaryValue('State')).toBe('Active'));
  });

  it('marks an agent gone only once its id is typed', async () => {
    const { user, agent } = await openAgentPage('?dialog=gone');
    const dialog = await screen.findByRole('dialog', { name: 'Mark agent slave-1 gone' });
    const submit = within(dialog).getByRole('button', { name: 'Mark gone' });
    const typed = within(dialog).getByRole('textbox', { name: /Type the agent id/ });
    await user.type(typed, 'slave-1');
    expect(submit).toHaveProperty('disabled', true);
    await user.clear(typed);
    await user.click(typed);
    await user.paste(agent.id);
    await user.click(submit);
    expect(await screen.findByText('Mesos marked slave-1 gone.')).toBeTruthy();
  });

  it('shows what Mesos refuses in the dialog and keeps what was typed', async () => {
    api.answerFirst(
      http.post('*/api/mesos/api/v1', () =>
        HttpResponse.text('Max grace period must be non-negative', { status: 400 }),
      ),
    );
    const { user } = await openAgentPage('?dialog=drain');
    const dialog = await screen.findByRole('dialog', { name: 'Drain agent slave-1' });
    const grace = within(dialog).getByRole('textbox', { name: 'Max grace period (seconds)' });
    await user.type(grace, '30');
    await user.click(within(dialog).getByRole('button', { name: 'Drain' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Max grace period must be non-negative',
    );
    expect(grace).toHaveProperty('value', '30');
  });

  it('explains why draining is missing on a master before 1.9', async () => {
    api.answerFirst(http.get('*/api/mesos/version', () => HttpResponse.json({ version: '1.8.1' })));
    await openAgentPage();
    expect(
      await screen.findByText(/need Mesos 1\.9 or later; the leading master runs 1\.8\.1/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Drain…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Deactivate…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark gone…' })).toBeTruthy();
  });

  it('offers no actions to viewers', async () => {
    api.signInAs(VIEWER);
    await openAgentPage();
    await screen.findByRole('table', { name: 'Resource use by executor' });
    expect(screen.queryByRole('group', { name: 'Agent actions' })).toBeNull();
  });
});

describe('agent usage, reservations, flags and log', () => {
  it('lists each running executor with its CPU and memory', async () => {
    await openAgentPage();
    const top = await screen.findByRole('table', { name: 'Resource use by executor' });
    const rows = within(top).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.textContent).toMatch(/MB/);
  });

  it('shows the static reservation the agent holds, by role', async () => {
    await openAgentPage();
    const reserved = await screen.findByRole('table', { name: 'Reserved resources' });
    const rows = await within(reserved).findAllByRole('row');
    expect(rows).toHaveLength(2);
    const row = within(rows[1] as HTMLElement);
    expect(row.getByRole('rowheader').textContent).toBe('eng/analytics');
    // CPUs, memory, disk, GPUs.
    expect(row.getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1',
      '1 GB',
      '2 GB',
      '0',
    ]);
  });

  it('says so on an agent without reservations', async () => {
    const agent = api.cluster().agents()[2];
    if (!agent) throw new Error('no third agent');
    renderApp({ route: `/agents/${encodeURIComponent(agent.id)}` });
    expect(await screen.findByText('No resources are reserved on this agent.')).toBeTruthy();
  });

  it('searches the agent flags, the search kept in the URL', async () => {
    const { user, router } = await openAgentPage();
    const search = await screen.findByRole('searchbox', { name: 'Search flags' });
    const flags = screen.getByRole('table', { name: 'Flags' });
    await user.type(search, 'work_dir');
    await waitFor(() => expect(within(flags).getAllByRole('row')).toHaveLength(2));
    expect(within(flags).getByText('/var/lib/mesos')).toBeTruthy();
    expect(router.state.location.search).toBe('?flags=work_dir');
  });

  it("opens the agent's own log in the viewer", async () => {
    const { user } = await openAgentPage();
    await user.click(screen.getByRole('link', { name: 'Agent log (/slave/log)' }));
    const log = await screen.findByRole('log', { name: /log/ });
    await waitFor(() => expect(log.textContent).toContain('slave.cpp'));
    expect(screen.queryByRole('link', { name: 'Browse directory' })).toBeNull();
  });
});
