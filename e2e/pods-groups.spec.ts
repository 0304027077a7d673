import type { Page } from '@playwright/test';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

/** Deployments take a few seconds of real time in the simulated cluster. */
const DEPLOYED = { timeout: 30_000 };

const writeStatus = (page: Page) => page.getByRole('status', { name: 'Changes sent to Marathon' });

const CART_POD = JSON.stringify(
  {
    id: '/shop/cart',
    scaling: { kind: 'fixed', instances: 1 },
    containers: [
      {
        name: 'web',
        resources: { cpus: 0.1, mem: 32 },
        image: { kind: 'DOCKER', id: 'docker.io/nginx' },
        endpoints: [{ name: 'http', containerPort: 80, hostPort: 0 }],
      },
      {
        name: 'sidecar',
        resources: { cpus: 0.1, mem: 16 },
        exec: { command: { shell: 'sleep 3600' } },
      },
    ],
  },
  null,
  2,
);

test('an operator creates a pod from JSON and sees its containers on an agent', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Pasting keeps the text as it is; typed text would get Monaco's auto-closing and indenting.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/apps');
  await page.getByRole('link', { name: 'Create pod' }).click();
  await expect(page).toHaveURL(/\/pods\/new$/);
  const monaco = page.locator('.monaco-editor').first();
  await expect(monaco).toBeVisible();
  await monaco.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), CART_POD);
  await page.keyboard.press('Control+V');
  await page.getByRole('button', { name: 'Create pod', exact: true }).click();

  await expect(page).toHaveURL(/\/pods\/%2Fshop%2Fcart$/);
  await expect(writeStatus(page)).toContainText('Created /shop/cart', DEPLOYED);
  const containers = page.getByRole('table', {
    name: /^Containers of instance shop_cart\.instance-/,
  });
  await expect(containers.getByRole('rowheader', { name: 'web' })).toBeVisible(DEPLOYED);
  await expect(containers.getByRole('rowheader', { name: 'sidecar' })).toBeVisible();
  await expect(containers.getByRole('row', { name: /web/ })).toContainText(
    'TASK_RUNNING',
    DEPLOYED,
  );
  const endpoint = containers.getByRole('link', { name: /^slave-\d+:\d+$/ });
  await expect(endpoint).toHaveAttribute('href', /^http:\/\/slave-\d+:3\d{4}$/);

  // The pod is listed with the apps, in its folder, marked as a pod.
  await page.goto('/apps?group=%2Fshop');
  const row = page.getByRole('row', { name: /cart/ });
  await expect(row).toContainText('Pod');
  await expect(row.getByRole('link', { name: 'cart' })).toHaveAttribute(
    'href',
    '/pods/%2Fshop%2Fcart',
  );
});

test('an operator scales a group by 2', async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of ['/team/api', '/team/worker']) {
    const created = await page.request.post('/api/marathon/v2/apps', {
      headers: CONSOLE_HEADERS,
      data: { id, cmd: 'sleep 3600', cpus: 0.05, mem: 16, instances: 1 },
    });
    expect(created.status()).toBe(201);
  }
  await expect
    .poll(async () => (await page.request.get('/api/marathon/v2/deployments')).json(), DEPLOYED)
    .toEqual([]);

  await page.goto('/apps?group=%2Fteam');
  await page.getByRole('button', { name: 'Scale group' }).click();
  await expect(page).toHaveURL(/dialog=scaleGroup/);
  const dialog = page.getByRole('dialog', { name: 'Scale everything in /team?' });
  await dialog.getByRole('spinbutton', { name: 'Scale by (factor)' }).fill('2');
  const preview = dialog.getByRole('list', { name: 'Instances after scaling' });
  await expect(preview).toContainText('/team/api: 1 → 2');
  await expect(preview).toContainText('/team/worker: 1 → 2');
  await dialog.getByRole('button', { name: 'Scale group' }).click();
  await expect(dialog).toBeHidden();
  await expect(writeStatus(page)).toContainText('Scaled everything in /team by 2.', DEPLOYED);
  const table = page.getByRole('table', { name: 'Marathon apps' });
  await expect(table.getByRole('row', { name: /api/ })).toContainText('2 / 2', DEPLOYED);
  await expect(table.getByRole('row', { name: /worker/ })).toContainText('2 / 2', DEPLOYED);
});
