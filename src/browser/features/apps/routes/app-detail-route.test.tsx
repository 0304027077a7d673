import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MarathonApp } from '../../../../api/marathon';
import { marathonKeys } from '../../../shared/api/query-keys';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { anotherClient } from '../../../testing/another-client';

// jsdom cannot run Monaco: the editors become plain elements and the setup module is inert.
vi.mock('@monaco-editor/react', () => import('../../../testing/monaco-react-stub'));
vi.mock('../editor/monaco-setup', () => ({
  MODEL_PATHS: { app: 'app.json', pod: 'pod.json' },
  monaco: {},
}));

const api = serveSimulatedCluster();

const marathon = (path: string, init?: RequestInit) => anotherClient(`/marathon/v2${path}`, init);
const appOf = async (id: string) =>
  ((await (await marathon(`/apps${id}`)).json()) as { app: MarathonApp }).app;

/** Lets the seed's deployments finish: every seed app runs its one instance. */
const settle = () => api.cluster().advance(60_000);
const header = () => screen.findByRole('heading', { level: 1 });
const statusRegion = () => screen.getAllByRole('status', { name: 'Changes sent to Marathon' })[0];
const FOLLOWED = { timeout: 4_000 };

describe('an app page', () => {
  it('shows the actions and each instance with its agent, host ports, state and logs', async () => {
    settle();
    const nginx = await appOf('/nginx');
    const [task] = nginx.tasks ?? [];
    renderApp({ route: '/apps/%2Fnginx' });
    expect((await header()).textContent).toBe('/nginx');
    const actions = screen.getByRole('group', { name: 'App actions' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Scale', 'Suspend', 'Restart', 'Destroy', 'Edit']);
    expect(screen.getByRole('tab', { name: 'Instances', selected: true })).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Instances of /nginx' });
    const row = within(table)
      .getByRole('rowheader', { name: task?.id })
      .closest('tr') as HTMLElement;
    const endpoint = `${task?.host}:${task?.ports[0]}`;
    expect(within(row).getByRole('link', { name: endpoint }).getAttribute('href')).toBe(
      `http://${endpoint}`,
    );
    expect(within(row).getByText('Running')).toBeTruthy();
    expect(within(row).getByText('No health checks')).toBeTruthy();
    expect(
      await within(row).findByRole('link', { name: `stdout of task ${task?.id}` }),
    ).toBeTruthy();
  });

  it('keeps the tab in the URL and shows the definition to copy and download', async () => {
    const { user, router } = renderApp({ route: '/apps/%2Fnginx' });
    await header();
    await user.click(screen.getByRole('tab', { name: 'Configuration' }));
    expect(router.state.location.search).toBe('?tab=configuration');
    const json = screen.getByLabelText('App definition (JSON)');
    const definition = JSON.parse(json.textContent) as Record<string, unknown>;
    expect(definition).toMatchObject({ id: '/nginx', cpus: 0.2, mem: 64, instances: 1 });
    expect(definition).not.toHaveProperty('version');
    expect(definition).not.toHaveProperty('tasks');
    expect(screen.getByRole('button', { name: 'Download nginx.json' })).toBeTruthy();

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(writeText).toHaveBeenCalledWith(json.textContent);
    expect(await screen.findByText('Copied to the clipboard.')).toBeTruthy();
  });

  it('warns before scaling past hostname UNIQUE, then shows why instances wait', async () => {
    settle();
    const { user, router, queryClient } = renderApp({ route: '/apps/%2Fnginx' });
    await header();
    await user.click(screen.getByRole('button', { name: 'Scale' }));
    expect(router.state.location.search).toBe('?dialog=scale');
    const dialog = await screen.findByRole('dialog', { name: 'Scale /nginx' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    const instances = within(dialog).getByRole('spinbutton', { name: 'Instances' });
    await user.clear(instances);
    await user.type(instances, '4');
    expect(
      await within(dialog).findByText(
        'hostname UNIQUE on 3 agents: at most 3 instances can run; 1 will wait.',
      ),
    ).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Scale' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.search).toBe('');
    expect(statusRegion()?.textContent).toContain('Scaling /nginx to 4 instances…');

    act(() => api.cluster().advance(30_000));
    await act(() => queryClient.invalidateQueries({ queryKey: marathonKeys.all }));
    const panel = await screen.findByRole('region', { name: 'Why 1 instance is waiting' });
    expect(panel.textContent).toMatch(
      /UnfulfilledConstraint: hostname UNIQUE — (\d+) of \1 offers declined/,
    );
    expect(within(panel).getByRole('table', { name: 'Last offer of each agent' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling?.textContent).toBe(
      'Waiting',
    );
  });

  it('answers a deployment lock with Force, which cancels the running deployment', async () => {
    // At model time 0 the seed's own deployments still hold every app.
    const { user } = renderApp({ route: '/apps/%2Ftomcat?dialog=scale' });
    const dialog = await screen.findByRole('dialog', { name: 'Scale /tomcat' });
    const instances = within(dialog).getByRole('spinbutton', { name: 'Instances' });
    await user.clear(instances);
    await user.type(instances, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Scale' }));

    const lock = await within(dialog).findByRole('alert');
    const [seedDeployment] = (await appOf('/tomcat')).deployments;
    expect(lock.textContent).toContain(`App is locked by deployment ${seedDeployment?.id}`);
    expect(lock.textContent).toContain('old and new instances may be mixed');
    await user.click(within(lock).getByRole('button', { name: 'Force' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(statusRegion()?.textContent).toContain('Scaling /tomcat to 2 instances…');
    expect((await appOf('/tomcat')).instances).toBe(2);
    act(() => api.cluster().advance(60_000));
    await waitFor(
      () => expect(statusRegion()?.textContent).toContain('Scaled /tomcat to 2 instances.'),
      FOLLOWED,
    );
  });

  it('destroys only after the app id is typed, and reports the end of the deployment', async () => {
    settle();
    const { user, router } = renderApp({ route: '/apps/%2Fnginx' });
    await header();
    await user.click(screen.getByRole('button', { name: 'Destroy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Destroy /nginx?' });
    const destroy = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Destroy' });
    expect(destroy.disabled).toBe(true);
    const confirm = within(dialog).getByRole('textbox', {
      name: 'Type the app id /nginx to confirm',
    });
    await user.type(confirm, '/ngin');
    expect(destroy.disabled).toBe(true);
    await user.type(confirm, 'x');
    expect(destroy.disabled).toBe(false);
    await user.click(destroy);

    await waitFor(() => expect(router.state.location.pathname).toBe('/apps'));
    act(() => api.cluster().advance(10_000));
    await waitFor(
      () => expect(statusRegion()?.textContent).toContain('Destroyed /nginx.'),
      FOLLOWED,
    );
    expect((await marathon('/apps/nginx')).status).toBe(404);
  });

  it('suspends, and resumes to the count from before', async () => {
    settle();
    await marathon('/apps/basic-0', { method: 'PUT', body: JSON.stringify({ instances: 2 }) });
    settle();
    const { user } = renderApp({ route: '/apps/%2Fbasic-0' });
    await header();
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend /basic-0?' });
    expect(dialog.textContent).toContain('Resume returns to 2 instances.');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    act(() => api.cluster().advance(10_000));
    await user.click(await screen.findByRole('button', { name: 'Resume' }, FOLLOWED));
    await waitFor(async () => expect((await appOf('/basic-0')).instances).toBe(2));
  });

  it('resumes an app suspended elsewhere to its last count in the versions', async () => {
    settle();
    await marathon('/apps/basic-0', { method: 'PUT', body: JSON.stringify({ instances: 3 }) });
    settle();
    await marathon('/apps/basic-0', { method: 'PUT', body: JSON.stringify({ instances: 0 }) });
    settle();
    const { user } = renderApp({ route: '/apps/%2Fbasic-0' });
    await user.click(await screen.findByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await appOf('/basic-0')).instances).toBe(3));
  });

  it('diffs two versions and rolls back to one', async () => {
    settle();
    await marathon('/apps/tomcat', { method: 'PUT', body: JSON.stringify({ cpus: 0.5 }) });
    settle();
    const { user, router } = renderApp({ route: '/apps/%2Ftomcat?tab=versions' });
    const versions = await screen.findByRole('table', {
      name: 'Versions of /tomcat, newest first',
    });
    await waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(3));
    expect(within(versions).getAllByRole('rowheader')[0]?.textContent).toContain('(current)');

    const diff = await screen.findByRole('figure', { name: /^Version .+ on the left/ });
    expect(within(diff).getByTestId('diff-original').textContent).toContain('"cpus": 1,');
    expect(within(diff).getByTestId('diff-modified').textContent).toContain('"cpus": 0.5,');

    const [, older] = within(versions).getAllByRole('row').slice(1);
    await user.click(
      within(older as HTMLElement).getByRole('button', { name: /^Roll back to version/ }),
    );
    expect(router.state.location.search).toMatch(/^\?tab=versions&dialog=rollback&version=/);
    const dialog = await screen.findByRole('dialog', { name: 'Roll /tomcat back?' });
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await appOf('/tomcat')).cpus).toBe(1);
  });

  it('kills selected instances, or kills them and scales down', async () => {
    settle();
    await marathon('/apps/basic-0', { method: 'PUT', body: JSON.stringify({ instances: 2 }) });
    settle();
    const [first, second] = (await appOf('/basic-0')).tasks ?? [];
    const { user } = renderApp({ route: '/apps/%2Fbasic-0' });
    const table = await screen.findByRole('table', { name: 'Instances of /basic-0' });
    const killAndScale = screen.getByRole<HTMLButtonElement>('button', { name: 'Kill & scale' });
    expect(killAndScale.disabled).toBe(true);

    await user.click(within(table).getByRole('checkbox', { name: `Select instance ${first?.id}` }));
    expect(screen.getByText('1 selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kill' }));
    await waitFor(() =>
      expect(statusRegion()?.textContent).toContain(
        'Killed 1 instance of /basic-0; Marathon starts a replacement.',
      ),
    );
    expect((await appOf('/basic-0')).instances).toBe(2);

    await user.click(
      within(table).getByRole('checkbox', { name: `Select instance ${second?.id}` }),
    );
    await user.click(killAndScale);
    await waitFor(async () => expect((await appOf('/basic-0')).instances).toBe(1));
  });

  it('says so when the app does not exist', async () => {
    renderApp({ route: '/apps/%2Fnope' });
    expect(await screen.findByText('Marathon has no app /nope.')).toBeTruthy();
  });
});
