import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { MarathonPodStatus } from '../../../../api/marathon';
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

const CART = {
  id: '/shop/cart',
  scaling: { kind: 'fixed', instances: 1 },
  containers: [
    {
      name: 'web',
      resources: { cpus: 0.2, mem: 64 },
      image: { kind: 'DOCKER', id: 'nginx:1.25' },
      endpoints: [{ name: 'http', containerPort: 80, hostPort: 0 }],
      healthCheck: { http: { endpoint: 'http', path: '/' } },
    },
    { name: 'logs', resources: { cpus: 0.1, mem: 32 }, exec: { command: { shell: 'sleep 1' } } },
  ],
};

async function runCart(): Promise<void> {
  const created = await marathon('/pods', { method: 'POST', body: JSON.stringify(CART) });
  expect(created.status).toBe(201);
  api.cluster().advance(30_000);
}

async function podStatus(id: string): Promise<MarathonPodStatus> {
  return (await (await marathon(`/pods${id}::status`)).json()) as MarathonPodStatus;
}

const appsTable = () => screen.findByRole('table', { name: 'Marathon apps' });

describe('pods on the apps list', () => {
  it('lists a pod in its folder, marked as a pod, found by search and linked to its page', async () => {
    await runCart();
    const { user } = renderApp({ route: '/apps' });
    const top = await appsTable();
    const folder = await within(top).findByRole('link', { name: 'Open folder /shop' });
    expect(folder.closest('tr')?.textContent).toContain('1 app');
    await user.type(screen.getByRole('searchbox', { name: 'Search apps' }), 'cart');
    const found = await appsTable();
    const link = await within(found).findByRole('link', { name: '/shop/cart' });
    expect(link.getAttribute('href')).toBe('/pods/%2Fshop%2Fcart');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Pod')).toBeTruthy();
    expect(within(row).getByText('1 / 1')).toBeTruthy();
    expect(row.textContent).toContain('96 MB');
  });

  it('lists nothing extra on a Marathon without pods (404 on /v2/pods)', async () => {
    api.answerFirst(
      http.get(/\/api\/marathon\/v2\/pods\/::status$/, () =>
        HttpResponse.json({ message: 'not found' }, { status: 404 }),
      ),
    );
    renderApp({ route: '/apps' });
    const table = await appsTable();
    await within(table).findByRole('link', { name: 'nginx' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the pod page', () => {
  it('shows each instance with its containers, state, resources and endpoint host ports', async () => {
    await runCart();
    const [instance] = (await podStatus('/shop/cart')).instances ?? [];
    const port = instance?.containers?.[0]?.endpoints?.[0]?.allocatedHostPort;
    renderApp({ route: '/pods/%2Fshop%2Fcart' });
    expect(await screen.findByRole('heading', { level: 1, name: '/shop/cart' })).toBeTruthy();
    const containers = await screen.findByRole('table', {
      name: `Containers of instance ${instance?.id ?? ''}`,
    });
    const web = within(containers).getByRole('rowheader', { name: 'web' }).closest('tr');
    expect(web?.textContent).toContain('TASK_RUNNING');
    expect(web?.textContent).toContain('64 MB');
    expect(web?.textContent).toContain(`:${String(port)}`);
    expect(web?.textContent).toContain('Healthy');
    const logs = within(containers).getByRole('rowheader', { name: 'logs' }).closest('tr');
    expect(logs?.textContent).toContain('None');
    expect(screen.getByText(/Stable/)).toBeTruthy();
    expect(screen.getByRole('link', { name: instance?.agentHostname ?? '' })).toBeTruthy();
  });

  it('shows the configuration and diffs two versions', async () => {
    await runCart();
    await marathon('/pods/shop/cart?force=true', {
      method: 'PUT',
      body: JSON.stringify({ ...CART, scaling: { kind: 'fixed', instances: 2 } }),
    });
    const { user, router } = renderApp({ route: '/pods/%2Fshop%2Fcart?tab=configuration' });
    const config = await screen.findByRole('tabpanel', { name: 'Configuration' });
    await waitFor(() => expect(config.textContent).toContain('"logs"'));
    expect(config.textContent).not.toContain('"version"');
    await user.click(screen.getByRole('tab', { name: 'Versions' }));
    expect(router.state.location.search).toContain('tab=versions');
    const versions = await screen.findByRole('table', { name: /\/shop\/cart/ });
    await waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(3));
    expect(await screen.findByRole('combobox', { name: 'Compare version' })).toBeTruthy();
  });

  it('rolls back to an older version by PUTting its stored spec again', async () => {
    await runCart();
    await marathon('/pods/shop/cart?force=true', {
      method: 'PUT',
      body: JSON.stringify({ ...CART, scaling: { kind: 'fixed', instances: 2 } }),
    });
    api.cluster().advance(30_000);
    const sent: unknown[] = [];
    api.answerFirst(
      http.put('*/api/marathon/v2/pods/*', async ({ request }) => {
        sent.push(await request.clone().json());
        return undefined;
      }),
    );
    const { user, router } = renderApp({ route: '/pods/%2Fshop%2Fcart?tab=versions' });
    const versions = await screen.findByRole('table', { name: /\/shop\/cart/ });
    await waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(3));
    const [newest, older] = within(versions).getAllByRole('row').slice(1);
    expect(within(newest as HTMLElement).queryByRole('button')).toBeNull();
    await user.click(
      within(older as HTMLElement).getByRole('button', { name: /^Roll back to version/ }),
    );
    expect(router.state.location.search).toMatch(/^\?tab=versions&dialog=rollback&version=/);
    const dialog = await screen.findByRole('dialog', { name: 'Roll /shop/cart back?' });
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([
      expect.objectContaining({
        id: '/shop/cart',
        scaling: expect.objectContaining({ instances: 1 }),
      }),
    ]);
    expect(sent[0]).not.toHaveProperty('version');
    expect((await podStatus('/shop/cart')).spec.scaling?.instances).toBe(1);
  });

  it('scales through the dialog, which is in the URL', async () => {
    await runCart();
    const { user, router } = renderApp({ route: '/pods/%2Fshop%2Fcart' });
    await user.click(await screen.findByRole('button', { name: 'Scale' }));
    expect(router.state.location.search).toBe('?dialog=scale');
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByRole('spinbutton', { name: 'Instances' });
    await user.clear(field);
    await user.type(field, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Scale' }));
    await waitFor(async () =>
      expect((await podStatus('/shop/cart')).spec.scaling?.instances).toBe(3),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('kills one instance with wipe, and the replacement comes up', async () => {
    await runCart();
    const [instance] = (await podStatus('/shop/cart')).instances ?? [];
    const sent: string[] = [];
    const { user } = renderApp({ route: '/pods/%2Fshop%2Fcart' });
    await user.click(
      await screen.findByRole('button', { name: `Kill instance ${instance?.id ?? ''}` }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: /Also wipe/ }));
    api.answerFirst(
      http.delete('*/api/marathon/v2/pods/*', ({ request }) => {
        sent.push(new URL(request.url).search);
        return undefined;
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Kill and wipe' }));
    await waitFor(() => expect(sent).toEqual(['?wipe=true']));
    api.cluster().advance(30_000);
    await waitFor(async () => {
      const instances = (await podStatus('/shop/cart')).instances ?? [];
      expect(instances.map((i) => i.id)).not.toContain(instance?.id);
      expect(instances).toHaveLength(1);
    });
  });

  it('destroys after the pod id is typed, and goes back to its folder', async () => {
    await runCart();
    const { user, router } = renderApp({ route: '/pods/%2Fshop%2Fcart?dialog=destroy' });
    const dialog = await screen.findByRole('dialog');
    const destroy = within(dialog).getByRole('button', { name: 'Destroy' });
    expect(destroy.hasAttribute('disabled')).toBe(true);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type the pod id /shop/cart to confirm' }),
      '/shop/cart',
    );
    await user.click(destroy);
    await waitFor(() => expect(router.state.location.search).toBe('?group=%2Fshop'));
    expect((await marathon('/pods/shop/cart')).status).toBe(404);
  });

  it('hides the pod actions from viewers', async () => {
    await runCart();
    api.signInAs({
      signInRequired: true,
      user: 'vera',
      role: 'viewer',
      readOnly: true,
      canAudit: false,
    });
    renderApp({ route: '/pods/%2Fshop%2Fcart' });
    expect(await screen.findByRole('heading', { level: 1, name: '/shop/cart' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Pod actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Kill instance/ })).toBeNull();
  });
});

describe('creating and editing a pod in JSON', () => {
  const jsonText = () =>
    screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Pod definition (JSON)' });

  it('shows a 422 with its path, keeps the text, then creates the pod and opens its page', async () => {
    const { user, router } = renderApp({ route: '/pods/new' });
    const bad = JSON.stringify({ ...CART, id: '/shop/cart', containers: [] }, null, 2);
    fireEvent.change(await jsonText(), { target: { value: bad } });
    await user.click(screen.getByRole('button', { name: 'Create pod' }));
    expect(await screen.findByText(/error\.minLength/)).toBeTruthy();
    expect((await jsonText()).value).toBe(bad);
    fireEvent.change(await jsonText(), { target: { value: JSON.stringify(CART, null, 2) } });
    await user.click(screen.getByRole('button', { name: 'Create pod' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pods/%2Fshop%2Fcart'));
    api.cluster().advance(30_000);
    expect(await screen.findByRole('rowheader', { name: 'logs' })).toBeTruthy();
  });

  it('edits id, instances and containers in the form; the JSON keeps everything else', async () => {
    const { user, router } = renderApp({ route: '/pods/new' });
    fireEvent.change(await jsonText(), { target: { value: JSON.stringify(CART, null, 2) } });
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    const form = await screen.findByRole('form', { name: 'Pod definition form' });
    const instances = within(form).getByRole('textbox', { name: 'Instances' });
    await user.clear(instances);
    await user.type(instances, '2');
    const web = within(form).getByRole('group', { name: 'Container 1' });
    const cpus = within(web).getByRole('textbox', { name: 'CPUs' });
    await user.clear(cpus);
    await user.type(cpus, '0.5');
    await user.click(within(form).getByRole('button', { name: 'Add a container' }));
    const added = within(form).getByRole('group', { name: 'Container 3' });
    await user.clear(within(added).getByRole('textbox', { name: 'Name' }));
    await user.type(within(added).getByRole('textbox', { name: 'Name' }), 'sidecar');
    await user.type(within(added).getByRole('textbox', { name: 'Docker image' }), 'busybox');

    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    const pod = JSON.parse((await jsonText()).value) as typeof CART;
    expect(pod.scaling).toEqual({ kind: 'fixed', instances: 2 });
    expect(pod.containers[0]).toEqual({ ...CART.containers[0], resources: { cpus: 0.5, mem: 64 } });
    expect(pod.containers[1]).toEqual(CART.containers[1]);
    expect(pod.containers[2]).toEqual({
      name: 'sidecar',
      resources: { cpus: 0.1, mem: 64 },
      image: { kind: 'DOCKER', id: 'busybox' },
    });

    // Text that does not parse is never rewritten by the form.
    const broken = (await jsonText()).value.replace('"sidecar"', '"sidecar');
    fireEvent.change(await jsonText(), { target: { value: broken } });
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    expect(await screen.findByRole('button', { name: 'Back to JSON' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to JSON' }));
    expect((await jsonText()).value).toBe(broken);
    fireEvent.change(await jsonText(), {
      target: { value: broken.replace('"sidecar', '"sidecar"') },
    });
    await user.click(screen.getByRole('button', { name: 'Create pod' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pods/%2Fshop%2Fcart'));
    expect((await podStatus('/shop/cart')).spec.containers.map((c) => c.name)).toEqual([
      'web',
      'logs',
      'sidecar',
    ]);
  });

  it('keeps the edits when a deployment locks the pod, and forces on request', async () => {
    const created = await marathon('/pods', { method: 'POST', body: JSON.stringify(CART) });
    expect(created.status).toBe(201);
    const { user, router } = renderApp({ route: '/pods/%2Fshop%2Fcart/edit' });
    const edited = (await jsonText()).value.replace('"instances": 1', '"instances": 2');
    fireEvent.change(await jsonText(), { target: { value: edited } });
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(await screen.findByRole('button', { name: 'Deploy changes' }));
    await user.click(await screen.findByRole('button', { name: 'Force the change' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pods/%2Fshop%2Fcart'));
    expect((await podStatus('/shop/cart')).spec.scaling?.instances).toBe(2);
  });
});

describe('groups', () => {
  it('creates a group inside the folder being browsed', async () => {
    const { user } = renderApp({ route: '/apps' });
    await user.click(await screen.findByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Group name' }), 'staging');
    expect(within(dialog).getByText('Creates /staging.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    await waitFor(async () => expect((await marathon('/groups/staging')).status).toBe(200));
  });

  it('scales a group by 2, with a preview of every app and pod inside', async () => {
    await marathon('/apps', {
      method: 'POST',
      body: JSON.stringify({ id: '/shop/api', cmd: 'sleep 1000', cpus: 0.1, mem: 16 }),
    });
    await runCart();
    const { user } = renderApp({ route: '/apps?group=%2Fshop' });
    await user.click(await screen.findByRole('button', { name: 'Scale group' }));
    const dialog = await screen.findByRole('dialog');
    const preview = await within(dialog).findByRole('list', { name: 'Instances after scaling' });
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['/shop/api: 1 → 2', '/shop/cart: 1 → 2']);
    await user.click(within(dialog).getByRole('button', { name: 'Scale group' }));
    await waitFor(async () =>
      expect((await podStatus('/shop/cart')).spec.scaling?.instances).toBe(2),
    );
    const api1 = (await (await marathon('/apps/shop/api')).json()) as {
      app: { instances: number };
    };
    expect(api1.app.instances).toBe(2);
  });

  it('destroys a group after its id is typed, listing what it holds', async () => {
    await runCart();
    const { user, router } = renderApp({ route: '/apps?group=%2Fshop&dialog=destroyGroup' });
    const dialog = await screen.findByRole('dialog');
    const holds = await within(dialog).findByRole('list', { name: 'What the group holds' });
    expect(within(holds).getByText('/shop/cart')).toBeTruthy();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type the group id /shop to confirm' }),
      '/shop',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Destroy group' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect((await marathon('/groups/shop')).status).toBe(404);
  });
});

describe('health checks on the app page', () => {
  const createApp = async (app: Record<string, unknown>) => {
    const created = await marathon('/apps', { method: 'POST', body: JSON.stringify(app) });
    expect(created.status).toBe(201);
    api.cluster().advance(60_000);
  };

  it("shows each instance's failing check: failures in a row, when, and the check's message", async () => {
    await createApp({
      id: '/sick',
      cmd: 'sleep 3600',
      cpus: 0.1,
      mem: 16,
      healthChecks: [
        {
          protocol: 'COMMAND',
          command: { value: 'exit 3' },
          gracePeriodSeconds: 0,
          intervalSeconds: 5,
          maxConsecutiveFailures: 0,
        },
      ],
    });
    renderApp({ route: '/apps/%2Fsick' });
    const table = await screen.findByRole('table', { name: 'Instances of /sick' });
    const [, row] = within(table).getAllByRole('row');
    expect(within(row as HTMLElement).getByText('Command exited with status 3')).toBeTruthy();
    expect(row?.textContent).toMatch(/Check failing: \d+ failures in a row/);
    expect(row?.textContent).toContain('last success: never');
  });

  it('shows where each resident instance keeps its volume, and Kill & wipe starts it afresh', async () => {
    await createApp({
      id: '/db',
      cmd: 'sleep 3600',
      cpus: 0.1,
      mem: 16,
      container: {
        type: 'MESOS',
        volumes: [{ containerPath: 'data', mode: 'RW', persistent: { size: 16 } }],
      },
    });
    const sent: string[] = [];
    api.answerFirst(
      http.post('*/api/marathon/v2/tasks/delete', ({ request }) => {
        sent.push(new URL(request.url).search);
        return undefined;
      }),
    );
    const { user } = renderApp({ route: '/apps/%2Fdb' });
    const table = await screen.findByRole('table', { name: 'Instances of /db' });
    expect(within(table).getByRole('columnheader', { name: 'Persistent volumes' })).toBeTruthy();
    const [, row] = within(table).getAllByRole('row');
    const [task] = (
      (await (await marathon('/apps/db/tasks')).json()) as {
        tasks: { host: string; localVolumes: { persistenceId: string }[] }[];
      }
    ).tasks;
    const volumeId = task?.localVolumes[0]?.persistenceId ?? '';
    expect(volumeId).toMatch(/^db#data#/);
    expect(row?.textContent).toContain(`data on ${task?.host ?? ''}${volumeId}`);
    expect(screen.getByText(/This app is resident/)).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Select all instances' }));
    await user.click(screen.getByRole('button', { name: 'Kill & wipe' }));
    await waitFor(() => expect(sent).toEqual(['?scale=false&wipe=true']));
    api.cluster().advance(60_000);
    // The replacement has a volume of its own: the wiped one is gone.
    await waitFor(
      () => {
        const [, replacement] = within(table).getAllByRole('row');
        expect(replacement?.textContent).toMatch(/db#data#/);
        expect(replacement?.textContent).not.toContain(volumeId);
      },
      { timeout: 10_000 },
    );
  });

  it('offers no Kill & wipe for instances without persistent volumes', async () => {
    renderApp({ route: '/apps/%2Fnginx' });
    expect(await screen.findByRole('button', { name: 'Kill & scale' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kill & wipe' })).toBeNull();
  });
});
