import { paths } from '../src/browser/shared/paths';
import { ConsolePage } from './support/console-page';
import { expect, test } from './support/fixtures';

/** --upstream-timeout's default. */
const UPSTREAM_TIMEOUT_MS = 10_000;

test.describe('when the leading master hangs', () => {
  test('the console shows a banner within the timeout, keeps its page and says how old it is', async ({
    page,
    cluster,
  }) => {
    test.setTimeout(120_000);
    const console = new ConsolePage(page);
    await console.goto();
    const cpus = console.main.getByRole('region', { name: 'CPUs' });
    await expect(cpus).toBeVisible();
    const leader = cluster.mesos.leader()?.address ?? 'missing';

    const started = Date.now();
    const removeHang = cluster.faults.inject({ node: leader, hang: true });
    const banner = console.alerts.filter({ hasText: `Mesos leader ${leader} does not answer` });
    await expect(banner).toBeVisible({ timeout: UPSTREAM_TIMEOUT_MS });
    expect(Date.now() - started).toBeLessThan(UPSTREAM_TIMEOUT_MS);
    // Not a blank page: the last good model stays, and Marathon views keep working.
    await expect(banner).toContainText('Marathon views keep working');
    await expect(cpus).toBeVisible();
    const stale = console.main.getByRole('status').filter({ hasText: 'not been able to read' });
    // The model's reads get 3 × the timeout, but a model older than 3 polls is called stale.
    await expect(stale).toBeVisible({ timeout: 3 * UPSTREAM_TIMEOUT_MS });
    await expect(stale).toContainText(/\d+ seconds ago/);

    removeHang();
    await expect(banner).toHaveCount(0, { timeout: 10_000 });
    await expect(stale).toHaveCount(0, { timeout: 10_000 });
  });
});

test('a page that throws while rendering shows "Try again" while navigation keeps working', async ({
  page,
}) => {
  // What a broken upstream could make of the overview's data: a summary it cannot digest.
  await page.route('**/api/cluster/summary', (route) =>
    route.fulfill({ json: { status: { stale: false } } }),
  );
  const console = new ConsolePage(page);
  await console.goto();
  const panel = console.main.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(console.header).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Agents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agents' })).toBeVisible();
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(panel).toBeVisible();

  await page.unroute('**/api/cluster/summary');
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(console.main.getByRole('region', { name: 'CPUs' })).toBeVisible();
  await expect(panel).toHaveCount(0);
});

test('an app and its task with ids of 200+ characters open on their pages', async ({ page }) => {
  // Nested groups, five segments of 45 characters: the id is 230 characters long.
  const appId = `/${Array.from({ length: 5 }, (_, i) => `segment-${i}-${'n'.repeat(35)}`).join('/')}`;
  const created = await page.request.post('/api/marathon/v2/apps', {
    headers: { 'X-Stadium-Console': '1' },
    data: { id: appId, cmd: 'sleep 1000', cpus: 0.1, mem: 32, instances: 1 },
  });
  expect(created.status()).toBe(201);

  await page.goto(paths.app.href(appId));
  await expect(page.getByRole('heading', { level: 1, name: appId })).toBeVisible();

  let taskId = '';
  await expect
    .poll(
      async () => {
        const response = await page.request.get(
          `/api/cluster/tasks?state=active&q=${encodeURIComponent('segment-4')}`,
        );
        const body = (await response.json()) as { rows: { id: string; state: string }[] };
        taskId = body.rows.find((row) => row.state === 'TASK_RUNNING')?.id ?? '';
        return taskId;
      },
      { timeout: 30_000 },
    )
    .not.toBe('');
  expect(taskId.length).toBeGreaterThan(200);
  await page.goto(paths.task.href(taskId));
  await expect(page.getByRole('heading', { level: 1, name: taskId })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
