import type { Page } from '@playwright/test';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

/**
 * Pages poll every 5 s when the event stream is down; pushed changes must show well before that,
 * on pages that stay open (no reload, no navigation).
 */
const PUSHED = { timeout: 2_500 };

async function waitForClusterModel(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.request.get('/api/cluster/summary')).status(), {
      timeout: 30_000,
    })
    .toBe(200);
}

/** Marks the document: the mark survives exactly as long as the page is not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.liveTestMark = 'kept';
  });
}

async function expectNotReloaded(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-live-test-mark', 'kept');
}

test('a task finishing shows on its open task page and in the open active tasks table', async ({
  page,
  context,
  cluster,
}) => {
  cluster.advance(60_000);
  await waitForClusterModel(page);
  const tasks = (await (await page.request.get('/api/marathon/v2/apps/basic-0/tasks')).json()) as {
    tasks: { id: string; state: string }[];
  };
  const task = tasks.tasks.find((candidate) => candidate.state === 'TASK_RUNNING');
  expect(task).toBeDefined();
  const taskId = task?.id ?? '';

  await page.goto(`/tasks?q=${encodeURIComponent(taskId)}`);
  const row = page
    .getByRole('table', { name: 'Tasks' })
    .getByRole('row')
    .filter({
      has: page.getByRole('link', { name: taskId }),
    });
  await expect(row.getByText('Running', { exact: true })).toBeVisible();
  // Open means the console's own table: the rows the server drew before it loaded never change.
  await expect(page.locator('[data-first-rows]')).toHaveCount(0);
  const taskPage = await context.newPage();
  await taskPage.goto(`/tasks/${encodeURIComponent(taskId)}`);
  await expect(taskPage.getByRole('heading', { name: taskId })).toBeVisible();
  await markDocument(page);
  await markDocument(taskPage);

  // Another client kills it through Marathon: TASK_KILLING, then TASK_KILLED a second later.
  const kill = await page.request.delete(
    `/api/marathon/v2/apps/basic-0/tasks/${encodeURIComponent(taskId)}?scale=true`,
    { headers: CONSOLE_HEADERS },
  );
  expect(kill.ok(), await kill.text()).toBe(true);
  await expect(row.getByText('Killing', { exact: true })).toBeVisible(PUSHED);
  await expect(taskPage.getByText('Killing').first()).toBeVisible(PUSHED);
  // A second of model time later it has finished: gone from the active tasks, killed on its page.
  await expect(row).toHaveCount(0, { timeout: 3_500 });
  await expect(page.getByText('No tasks match these filters.')).toBeVisible();
  await expect(taskPage.getByText('Killed').first()).toBeVisible({ timeout: 3_500 });
  await expectNotReloaded(page);
  await expectNotReloaded(taskPage);
});

test('a scale by another Marathon client shows on the open Apps page', async ({ page }) => {
  await waitForClusterModel(page);
  await page.goto('/apps');
  const basic = page
    .getByRole('table', { name: 'Marathon apps' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'basic-0' }) });
  await expect(basic.getByText(/^\d+ \/ 1$/)).toBeVisible({ timeout: 30_000 });
  await markDocument(page);

  const scale = await page.request.put('/api/marathon/v2/apps/basic-0?force=true', {
    data: { instances: 3 },
    headers: CONSOLE_HEADERS,
  });
  expect(scale.ok(), await scale.text()).toBe(true);
  await expect(basic.getByText(/^\d+ \/ 3$/)).toBeVisible(PUSHED);
  await expectNotReloaded(page);
});
