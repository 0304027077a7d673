import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { MarathonTask } from '../../../../api/marathon';
import { shellPod } from '../../../../../mocks/marathon/testing/app-fixtures';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

const api = serveSimulatedCluster();

const marathon = async <T,>(path: string, init?: RequestInit) =>
  (await (await anotherClient(`/marathon/v2${path}`, init)).json()) as T;

/** tomcat asks for 4 instances, hostname UNIQUE on 3 agents: one waits for good. */
async function tomcatWaits(): Promise<void> {
  api.cluster().advance(60_000);
  await marathon('/apps/tomcat', { method: 'PUT', body: JSON.stringify({ instances: 4 }) });
  api.cluster().advance(30_000);
}

/** basic-0's task fails: Marathon backs off before launching it again. */
async function basicBacksOff(): Promise<void> {
  api.cluster().advance(60_000);
  const { tasks } = await marathon<{ tasks: MarathonTask[] }>('/apps/basic-0/tasks');
  api.cluster().failTask(tasks[0]?.id ?? '');
}

const table = () => screen.findByRole('table', { name: 'Instances waiting to launch' });
const rowOf = async (appId: string) =>
  (await within(await table()).findByRole('link', { name: appId })).closest('tr') as HTMLElement;

describe('the launch queue page', () => {
  it('lists what waits with its count, since when and the first reason offers were declined', async () => {
    await tomcatWaits();
    renderApp({ route: '/queue' });
    const row = await rowOf('/tomcat');
    expect(within(row).getByRole('link', { name: '/tomcat' }).getAttribute('href')).toBe(
      '/apps/%2Ftomcat',
    );
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe('1');
    expect(
      within(row).getByText(/^UnfulfilledConstraint: \d+ of \d+ offers declined$/),
    ).toBeTruthy();
    expect(within(row).getByText('No offered agent satisfies the app’s constraints.')).toBeTruthy();
    expect(within(row).getByRole('time')).toBeTruthy();
  });

  it('says so when nothing waits', async () => {
    api.cluster().advance(60_000);
    renderApp({ route: '/queue' });
    expect(
      await screen.findByText(
        'Nothing is waiting to launch: every app and pod has the instances it asked for.',
      ),
    ).toBeTruthy();
  });

  it('sorts by a column header, with the sort in the URL', async () => {
    await tomcatWaits();
    await basicBacksOff();
    const { user, router } = renderApp({ route: '/queue?sort=id&order=desc' });
    await rowOf('/tomcat');
    const ids = () =>
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((cell) => within(cell).getByRole('link').textContent);
    expect(ids()).toEqual(['/tomcat', '/basic-0']);
    const header = screen.getByRole('columnheader', { name: /App or pod/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    await user.click(within(header).getByRole('button'));
    expect(router.state.location.search).toBe('?sort=id&order=asc');
    await waitFor(() => expect(ids()).toEqual(['/basic-0', '/tomcat']));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('resets the launch delay of an app that backs off', async () => {
    await basicBacksOff();
    const { user } = renderApp({ route: '/queue' });
    const row = await rowOf('/basic-0');
    expect(within(row).getByText(/^\d+ s left$/)).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Reset delay: /basic-0' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Reset delay: /basic-0' })).toBeNull(),
    );
  });

  it('links a waiting pod to its page and resets its delay at /v2/queue/{podId}/delay', async () => {
    const created = await anotherClient('/marathon/v2/pods', {
      method: 'POST',
      body: JSON.stringify(
        shellPod('/shop/cart', {
          scheduling: { backoff: { backoff: 600, backoffFactor: 1, maxLaunchDelay: 3600 } },
        }),
      ),
    });
    expect(created.status).toBe(201);
    api.cluster().advance(30_000);
    const status = await marathon<{ instances: { containers: { containerId: string }[] }[] }>(
      '/pods/shop/cart::status',
    );
    api.cluster().failTask(status.instances[0]?.containers[0]?.containerId ?? '');
    const sent: string[] = [];
    api.answerFirst(
      http.delete('*/api/marathon/v2/queue/*', ({ request }) => {
        sent.push(new URL(request.url).pathname);
        return undefined;
      }),
    );
    const { user } = renderApp({ route: '/queue' });
    const row = await rowOf('/shop/cart');
    expect(within(row).getByRole('link', { name: '/shop/cart' }).getAttribute('href')).toBe(
      '/pods/%2Fshop%2Fcart',
    );
    expect(within(row).getByText('Pod')).toBeTruthy();
    expect(within(row).getByText(/^\d+ s left$/)).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Reset delay: /shop/cart' }));
    await waitFor(() => expect(sent).toEqual(['/api/marathon/v2/queue/shop/cart/delay']));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Reset delay: /shop/cart' })).toBeNull(),
    );
  });

  it('offers no reset to a viewer', async () => {
    await basicBacksOff();
    api.signInAs({
      signInRequired: true,
      user: 'victor',
      role: 'viewer',
      readOnly: true,
      canAudit: false,
    });
    renderApp({ route: '/queue' });
    const row = await rowOf('/basic-0');
    expect(within(row).getByText(/^\d+ s left$/)).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });
});
