import { createHash, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { MesosMasterState } from '../src/api/mesos';
import {
  OPERATOR,
  VIEWER,
  writeTeamFiles,
  type TestPerson,
} from '../src/server/test-support/team-files';
import { generateTestCertificates } from '../src/server/test-support/test-certificates';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

const DEPLOYED = { timeout: 30_000 };
const WRITE_CONTROLS = [
  'Scale',
  'Suspend',
  'Restart',
  'Destroy',
  'Edit',
  'Kill',
  'Kill & scale',
  'Rollback',
];

async function signInAs(page: Page, person: TestPerson): Promise<void> {
  await page.goto('/apps');
  await expect(page.getByRole('heading', { name: 'Sign in to Stadium' })).toBeVisible();
  await page.getByLabel('Username').fill(person.user);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${person.user}`);
}

test.describe('with --operators and --viewers', () => {
  const team = writeTeamFiles();
  test.use({ access: { operators: team.operators, viewers: team.viewers } });

  test('a viewer sees no write controls, a forced write is refused, and signs out', async ({
    page,
  }) => {
    await page.goto('/');
    // The wrong password keeps what was typed and says why.
    await page.getByLabel('Username').fill(VIEWER.user);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
    await expect(page.getByLabel('Username')).toHaveValue(VIEWER.user);

    await signInAs(page, VIEWER);
    const header = page.getByRole('banner');
    await expect(header).toContainText('Read-only');
    await expect(header).toContainText('(viewer)');
    await expect(page.getByRole('link', { name: 'basic-0' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create application' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);

    await page.goto(`/apps/${encodeURIComponent('/nginx')}?tab=instances`);
    await expect(page.getByRole('heading', { name: '/nginx' })).toBeVisible();
    for (const name of WRITE_CONTROLS) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await page.goto('/apps/new');
    await expect(page.getByText('This Stadium is read-only for you')).toBeVisible();

    const forced = await page.evaluate(async (headers) => {
      const response = await fetch('/api/marathon/v2/apps/nginx', {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ instances: 5 }),
      });
      return { status: response.status, body: (await response.json()) as { message: string } };
    }, CONSOLE_HEADERS);
    expect(forced.status).toBe(403);
    expect(forced.body.message).toContain('victor is a viewer');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Stadium' })).toBeVisible();
    expect((await page.request.get('/api/cluster')).status()).toBe(401);
  });

  test('an operator signs in, scales an app, and finds the write on the Audit page', async ({
    page,
  }) => {
    await signInAs(page, OPERATOR);
    await expect(page.getByRole('banner')).not.toContainText('Read-only');
    await page.goto(`/apps/${encodeURIComponent('/nginx')}`);
    await page.getByRole('button', { name: 'Scale', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Scale /nginx' });
    await dialog.getByRole('spinbutton', { name: 'Instances' }).fill('2');
    await dialog.getByRole('button', { name: 'Scale', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status', { name: 'Changes sent to Marathon' })).toContainText(
      'Scaled /nginx to 2 instances.',
      DEPLOYED,
    );

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('textbox', { name: 'Target' }).fill('nginx');
    await expect(page).toHaveURL(/\/audit\?target=nginx$/);
    const writes = page.getByRole('table', { name: 'Writes' });
    await expect(writes.getByRole('row').nth(1)).toContainText(OPERATOR.user);
    await expect(writes.getByRole('row').nth(1)).toContainText('/nginx');
    await page.goto('/audit?user=nobody');
    await expect(page.getByText('No writes match.')).toBeVisible();
  });
});

test.describe('a simulated cluster that requires credentials', () => {
  const { dir } = writeTeamFiles();
  const mesosCredentials = join(dir, 'mesos-credentials');
  writeFileSync(mesosCredentials, 'stadium:mesos-secret\n');
  const marathonCredentials = join(dir, 'marathon-credentials');
  writeFileSync(marathonCredentials, 'stadium:marathon-secret\n');
  test.use({ access: { mesosCredentials, marathonCredentials } });

  test('is browsed with them: apps, agents and a task log, no banner', async ({
    page,
    stadium,
  }) => {
    const served = stadium.simulation?.served;
    if (!served) throw new Error('expected the simulated cluster');
    // The cluster itself refuses a request without them.
    expect((await fetch(`${served.marathonUrls[0] ?? ''}/v2/apps`)).status).toBe(401);

    await page.goto('/apps');
    await expect(page.getByRole('link', { name: 'basic-0' })).toBeVisible();
    // Through Stadium (which sends the credentials): a running task of basic-0 and its agent.
    let task: { id: string; hostname: string } | undefined;
    await expect
      .poll(
        async () => {
          const state = (await (
            await page.request.get('/api/mesos/master/state')
          ).json()) as MesosMasterState;
          const running = state.frameworks
            .flatMap((framework) => framework.tasks)
            .find(
              (candidate) =>
                candidate.state === 'TASK_RUNNING' && candidate.id.startsWith('basic-0'),
            );
          const agent = state.slaves.find((candidate) => candidate.id === running?.slave_id);
          task = running && agent ? { id: running.id, hostname: agent.hostname } : undefined;
          return task !== undefined;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    if (!task) throw new Error('no running basic-0 task');
    await page.goto('/agents');
    await page.getByRole('link', { name: task.hostname, exact: true }).click();
    await page.getByRole('link', { name: task.id, exact: true }).click();
    await page.getByRole('link', { name: `stdout of task ${task.id}` }).click();
    await expect(page.getByRole('log', { name: 'Contents of stdout' })).toContainText(
      `Starting task ${task.id}`,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('over HTTPS', () => {
  const certificates = generateTestCertificates();
  test.use({
    access: { tlsCert: certificates.certFile, tlsKey: certificates.keyFile },
  });

  test('the console is served with a certificate from a private CA', async ({
    playwright,
    launchOptions,
    stadium,
  }) => {
    expect(stadium.url).toMatch(/^https:/);
    // Chromium trusts exactly this certificate's key, as it would with the CA installed.
    const spki = new X509Certificate(certificates.cert).publicKey.export({
      type: 'spki',
      format: 'der',
    });
    const pin = createHash('sha256').update(spki).digest('base64');
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), `--ignore-certificate-errors-spki-list=${pin}`],
    });
    try {
      const page = await browser.newPage({ baseURL: stadium.url });
      await page.goto('/apps');
      await expect(page.getByRole('link', { name: 'basic-0' })).toBeVisible();
      expect(new URL(page.url()).protocol).toBe('https:');
    } finally {
      await browser.close();
    }
  });
});
