import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, SessionInfo, SignInRequest } from '../../../api/access';
import { renderApp } from '../../testing/render-app';
import { serveSimulatedCluster } from '../../testing/simulated-api';

const api = serveSimulatedCluster();

const VIEWER: SessionInfo = {
  signInRequired: true,
  user: 'victor',
  role: 'viewer',
  readOnly: true,
  canAudit: false,
};
const OPERATOR: SessionInfo = {
  signInRequired: true,
  user: 'olga',
  role: 'operator',
  readOnly: false,
  canAudit: true,
};

/** Stadium with --operators: nobody signed in until olga gives her password. */
function requireSignIn() {
  let session: SessionInfo = { signInRequired: true, readOnly: false, canAudit: false };
  api.answerFirst(
    http.get('*/api/session', () => HttpResponse.json(session)),
    http.post('*/api/session', async ({ request }) => {
      const { username, password } = (await request.json()) as SignInRequest;
      if (username !== 'olga' || password !== 'secret') {
        return HttpResponse.json({ message: 'Wrong username or password.' }, { status: 401 });
      }
      session = OPERATOR;
      return HttpResponse.json(session);
    }),
    http.delete('*/api/session', () => {
      session = { signInRequired: true, readOnly: false, canAudit: false };
      return HttpResponse.json(session);
    }),
    http.all('*/api/:side/*', ({ params }) =>
      session.user === undefined && params['side'] !== 'session'
        ? HttpResponse.json({ message: 'Sign in to Stadium first' }, { status: 401 })
        : undefined,
    ),
  );
}

describe('sign-in', () => {
  it('shows only the sign-in form; a wrong password keeps what was typed; signing out ends it', async () => {
    requireSignIn();
    const { user } = renderApp({ route: '/apps' });
    expect(await screen.findByRole('heading', { name: 'Sign in to Stadium' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    await user.type(screen.getByLabelText('Username'), 'olga');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('olga');

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const header = screen.getByRole('banner');
    expect(
      (await within(header).findByText('Signed in as olga (operator)')).textContent,
    ).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Create application' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Audit' })).toBeTruthy();

    await user.click(within(header).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Stadium' })).toBeTruthy();
  });

  it('speaks Simplified Chinese', async () => {
    requireSignIn();
    renderApp({ route: '/', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: '登录 Stadium' })).toBeTruthy();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });
});

describe('a read-only session', () => {
  it('says Read-only and offers no write control on the apps list, an app page or the editor', async () => {
    api.cluster().advance(60_000);
    api.signInAs(VIEWER);
    renderApp({ route: '/apps' });
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Read-only')).toBeTruthy();
    expect(within(header).getByText('Signed in as victor (viewer)')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'nginx' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create application' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Audit' })).toBeNull();
  });

  it('hides the app actions, kill buttons and version rollbacks; /apps/new says why', async () => {
    api.cluster().advance(60_000);
    api.signInAs(VIEWER);
    const { router } = renderApp({ route: '/apps/%2Fnginx' });
    expect(await screen.findByRole('table', { name: 'Instances of /nginx' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'App actions' })).toBeNull();
    for (const name of ['Kill', 'Kill & scale', 'Scale', 'Destroy', 'Edit']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    await router.navigate('/apps/new');
    expect(await screen.findByText(/This Stadium is read-only for you/)).toBeTruthy();
  });
});

describe('the Audit page', () => {
  it('lists the writes for the user and target in the URL', async () => {
    api.signInAs(OPERATOR);
    const asked: string[] = [];
    const entry: AuditEntry = {
      time: '2026-12-07T10:00:00.000Z',
      user: 'olga',
      address: '10.0.0.7',
      method: 'PUT',
      path: '/api/marathon/v2/apps/nginx',
      target: '/nginx',
      status: 200,
    };
    api.answerFirst(
      http.get('*/api/audit', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        return HttpResponse.json({
          entries: url.searchParams.get('user') === 'olga' ? [entry] : [],
        });
      }),
    );
    renderApp({ route: '/audit?user=olga&target=nginx' });
    const table = await screen.findByRole('table', { name: 'Writes' });
    expect(within(table).getByText('PUT /api/marathon/v2/apps/nginx')).toBeTruthy();
    expect(within(table).getByText('10.0.0.7')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('User').value).toBe('olga');
    expect(screen.getByLabelText<HTMLInputElement>('Target').value).toBe('nginx');
    expect(asked).toContain('?user=olga&target=nginx');
  });
});
