import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MarathonApp, MarathonDeployment } from '../../../../api/marathon';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

const api = serveSimulatedCluster();

const marathon = async <T,>(path: string, init?: RequestInit) =>
  (await (await anotherClient(`/marathon/v2${path}`, init)).json()) as T;
const deployments = () => marathon<MarathonDeployment[]>('/deployments');
const appOf = async (id: string) => (await marathon<{ app: MarathonApp }>(`/apps${id}`)).app;

/** tomcat asked for 4 instances with hostname UNIQUE on 3 agents: a deployment that never ends. */
async function stuckScale(): Promise<string> {
  api.cluster().advance(60_000);
  const { deploymentId } = await marathon<{ deploymentId: string }>('/apps/tomcat', {
    method: 'PUT',
    body: JSON.stringify({ instances: 4 }),
  });
  api.cluster().advance(30_000);
  return deploymentId;
}

const card = (id: string) => screen.findByRole('article', { name: `Deployment ${id}` });
const statusRegion = () => screen.getAllByRole('status', { name: 'Changes sent to Marathon' })[0];

describe('the deployments page', () => {
  it('shows each deployment with its apps, steps and progress', async () => {
    renderApp({ route: '/deployments' });
    const [first] = await deployments();
    const article = await card(first?.id ?? '');
    expect(within(article).getByRole('link', { name: '/nginx' }).getAttribute('href')).toBe(
      '/apps/%2Fnginx',
    );
    const steps = within(article).getByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual(['Step 1: Start /nginx', 'Step 2: Scale /nginx']);
    expect(within(steps).getAllByRole('listitem')[1]?.getAttribute('aria-current')).toBe('step');
    const progress = within(article).getByRole('progressbar');
    expect(progress.getAttribute('aria-label')).toBe(
      `Progress of deployment ${first?.id}: Step 2 of 2`,
    );
    expect(within(article).getByText('Now: Scale /nginx')).toBeTruthy();
  });

  it('rolls a deployment back: a new deployment returns the app to where it was', async () => {
    const stuck = await stuckScale();
    const { user, router } = renderApp({ route: '/deployments' });
    await user.click(within(await card(stuck)).getByRole('button', { name: 'Rollback' }));
    expect(router.state.location.search).toBe(`?dialog=rollback&deployment=${stuck}`);
    const dialog = await screen.findByRole('dialog', { name: `Roll back deployment ${stuck}?` });
    expect(dialog.textContent).toContain('returns /tomcat to the definitions they had before it');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(statusRegion()?.textContent).toContain(`Rolling back deployment ${stuck}…`);
    expect((await appOf('/tomcat')).instances).toBe(1);
    act(() => api.cluster().advance(30_000));
    await waitFor(
      () => expect(statusRegion()?.textContent).toContain(`Rolled back deployment ${stuck}.`),
      { timeout: 4_000 },
    );
    expect(await deployments()).toEqual([]);
  });

  it('stops a deployment without rollback: the app stays as it is', async () => {
    const stuck = await stuckScale();
    const { user } = renderApp({ route: `/deployments?dialog=stop&deployment=${stuck}` });
    const dialog = await screen.findByRole('dialog', {
      name: `Stop deployment ${stuck} without rollback?`,
    });
    await waitFor(() => expect(dialog.textContent).toContain('/tomcat stay exactly as they are'));
    await user.click(within(dialog).getByRole('button', { name: 'Stop deployment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(statusRegion()?.textContent).toContain(
      `Stopped deployment ${stuck} without rollback; its apps stay as they are.`,
    );
    expect(await deployments()).toEqual([]);
    const tomcat = await appOf('/tomcat');
    expect(tomcat.instances).toBe(4);
    expect(tomcat.tasksRunning).toBe(3);
    expect(await screen.findByText(/No deployments are running/)).toBeTruthy();
  });

  it('says when the deployment in the URL is not running any more', async () => {
    renderApp({ route: '/deployments?dialog=rollback&deployment=gone' });
    const dialog = await screen.findByRole('dialog', { name: 'Roll back deployment gone?' });
    expect(dialog.textContent).toContain('Deployment gone is not running any more');
    expect(
      within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Roll back' }).disabled,
    ).toBe(true);
  });

  it('reports a followed write that a stop cut short', async () => {
    api.cluster().advance(60_000);
    const { user } = renderApp({ route: '/apps/%2Ftomcat?dialog=scale' });
    const dialog = await screen.findByRole('dialog', { name: 'Scale /tomcat' });
    const instances = within(dialog).getByRole('spinbutton', { name: 'Instances' });
    await user.clear(instances);
    await user.type(instances, '4');
    await user.click(within(dialog).getByRole('button', { name: 'Scale' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    act(() => api.cluster().advance(30_000));
    const [stuck] = await deployments();
    await anotherClient(`/marathon/v2/deployments/${stuck?.id}?force=true`, {
      method: 'DELETE',
    });
    await waitFor(
      () =>
        expect(statusRegion()?.textContent).toContain(
          'Scaling /tomcat to 4 instances did not complete. /tomcat runs 3 of 4 instances: the deployment was stopped before it finished.',
        ),
      { timeout: 4_000 },
    );
  });
});
