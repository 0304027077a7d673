import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

// The load-generator framework: a second active framework whose teardown leaves Marathon alone.
const api = serveSimulatedCluster({ extraTasks: 4 });

beforeEach(() => api.cluster().advance(60_000));

async function openLoadGenerator(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('link', { name: 'load-generator' }));
  await screen.findByRole('heading', { level: 1, name: 'Framework load-generator' });
}

describe('framework teardown', () => {
  it('tears a framework down once its id is typed, saying that all its tasks are killed', async () => {
    const { user, router } = renderApp({ route: '/frameworks' });
    await openLoadGenerator(user);
    const frameworkId = decodeURIComponent(router.state.location.pathname.split('/').at(-1) ?? '');

    await user.click(screen.getByRole('button', { name: 'Tear down…' }));
    expect(router.state.location.search).toBe('?dialog=teardown');
    const dialog = await screen.findByRole('dialog', {
      name: 'Tear down framework load-generator',
    });
    expect(
      within(dialog).getByText(
        'Mesos kills all its 4 tasks, and the framework cannot register again with this id.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText(/does not restart the killed tasks/)).toBeTruthy();
    const submit = within(dialog).getByRole('button', { name: 'Tear down' });
    const typed = within(dialog).getByRole('textbox', { name: /Type the framework id/ });
    await user.type(typed, 'load-generator');
    expect(submit).toHaveProperty('disabled', true);
    await user.clear(typed);
    await user.click(typed);
    await user.paste(frameworkId);
    await user.click(submit);

    expect(
      await screen.findByText('Mesos tore down load-generator; its tasks are being killed.'),
    ).toBeTruthy();
    expect(router.state.location.search).toBe('');
    // The emulated model reads the cluster again when model time moves (it runs no timers).
    api.cluster().advance(1_000);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tear down…' })).toBeNull());
  });

  it('uses the v0 endpoint on masters without the operator API', async () => {
    const sent: string[] = [];
    api.answerFirst(
      http.post('*/api/mesos/api/v1', () => new HttpResponse(null, { status: 404 })),
      http.post('*/api/mesos/master/teardown', async ({ request }) => {
        sent.push(await request.text());
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const { user, router } = renderApp({ route: '/frameworks' });
    await openLoadGenerator(user);
    const frameworkId = decodeURIComponent(router.state.location.pathname.split('/').at(-1) ?? '');
    await user.click(screen.getByRole('button', { name: 'Tear down…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox'));
    await user.paste(frameworkId);
    await user.click(within(dialog).getByRole('button', { name: 'Tear down' }));
    await screen.findByText(/Mesos tore down load-generator/);
    expect(sent).toEqual([`frameworkId=${encodeURIComponent(frameworkId)}`]);
  });

  it('has no teardown for viewers', async () => {
    api.signInAs({
      signInRequired: true,
      user: 'vera',
      role: 'viewer',
      readOnly: true,
      canAudit: false,
    });
    const { user } = renderApp({ route: '/frameworks' });
    await openLoadGenerator(user);
    await screen.findByText('Framework', { selector: 'h2' });
    expect(screen.queryByRole('button', { name: 'Tear down…' })).toBeNull();
  });
});
