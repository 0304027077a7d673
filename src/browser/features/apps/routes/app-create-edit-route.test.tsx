import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MarathonApp } from '../../../../api/marathon';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';
import { browserDraftStore } from '../editor/draft-store';
import { anotherClient } from '../../../testing/another-client';

// jsdom cannot run Monaco: the editors become plain elements and the setup module is inert.
vi.mock('@monaco-editor/react', () => import('../../../testing/monaco-react-stub'));
vi.mock('../editor/monaco-setup', () => ({
  MODEL_PATHS: { app: 'app.json', pod: 'pod.json' },
  monaco: {},
}));

const api = serveSimulatedCluster();

const appOf = async (id: string) =>
  (
    (await (await fetch(`http://localhost:3000/api/marathon/v2/apps${id}`)).json()) as {
      app: MarathonApp;
    }
  ).app;

const jsonText = () =>
  screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'App definition (JSON)' });
const setJson = async (text: string) =>
  fireEvent.change(await jsonText(), { target: { value: text } });

const WEB = { id: 'web', cmd: 'python3 -m http.server $PORT0', cpus: 0.1, mem: 32, instances: 1 };

describe('creating an app', () => {
  it('shows a 422 at its field, keeps the draft, then creates the app and opens its page', async () => {
    const { user, router } = renderApp({ route: '/apps/new' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Create an application' }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Start from a template' })).toBeTruthy();
    await setJson(JSON.stringify({ ...WEB, cpus: 0 }, null, 2));
    await user.click(screen.getByRole('button', { name: 'Create application' }));

    expect(await screen.findByText('/cpus: is less than 0.001')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    const cpus = screen.getByRole('textbox', { name: 'CPUs' });
    expect(cpus.getAttribute('aria-invalid')).toBe('true');
    expect(browserDraftStore().load('new')).toContain('"cpus": 0');

    await user.clear(cpus);
    await user.type(cpus, '0.1');
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/apps/%2Fweb'));
    expect(await screen.findByRole('heading', { level: 1, name: '/web' })).toBeTruthy();
    expect(browserDraftStore().load('new')).toBeNull();
    const status = screen.getAllByRole('status', { name: 'Changes sent to Marathon' })[0];
    expect(status?.textContent).toContain('Creating /web…');
    act(() => api.cluster().advance(30_000));
    await waitFor(
      () => expect(status?.textContent).toContain('Created /web: its instances are running.'),
      {
        timeout: 4_000,
      },
    );
  });

  it('says when the id is taken', async () => {
    const { user } = renderApp({ route: '/apps/new' });
    await setJson(JSON.stringify({ ...WEB, id: '/nginx' }));
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    expect(await screen.findByText(/An app with this id already exists/)).toBeTruthy();
  });
});

describe('editing an app', () => {
  it('reviews the diff, sends the whole definition and removes deleted fields', async () => {
    api.cluster().advance(60_000);
    await anotherClient('/marathon/v2/apps/basic-0', {
      method: 'PUT',
      body: JSON.stringify({ labels: { team: 'web' } }),
    });
    api.cluster().advance(60_000);
    const { user, router } = renderApp({ route: '/apps/%2Fbasic-0' });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(router.state.location.pathname).toBe('/apps/%2Fbasic-0/edit');
    const edited = JSON.parse((await jsonText()).value) as Record<string, unknown>;
    expect(edited).toMatchObject({ id: '/basic-0', labels: { team: 'web' } });
    expect(edited).not.toHaveProperty('version');
    delete edited.labels;
    await setJson(JSON.stringify({ ...edited, mem: 32 }, null, 2));

    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const diff = await screen.findByRole('figure');
    expect(within(diff).getByTestId('diff-original').textContent).toContain('"team": "web"');
    expect(within(diff).getByTestId('diff-modified').textContent).not.toContain('"team"');
    await user.click(screen.getByRole('button', { name: 'Deploy changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/apps/%2Fbasic-0'));
    const app = await appOf('/basic-0');
    expect(app.mem).toBe(32);
    expect(app.labels ?? {}).toEqual({});
  });
});
