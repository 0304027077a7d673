import { shellPod } from '../mocks/marathon/testing/app-fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

test('Ctrl+K finds an agent by its hostname and a pod by its id, and opens their pages', async ({
  page,
  cluster,
}) => {
  const agent = cluster.agents()[1];
  expect(agent).toBeDefined();
  await page.goto('/tasks');
  // The rows the server drew come first; shortcuts work once the console's own controls are in.
  await expect(page.getByRole('textbox', { name: 'Filter tasks' })).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search the cluster' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox');
  await expect(input).toBeFocused();
  await input.fill(agent?.hostname ?? '');
  const option = palette.getByRole('option', { name: `Agent ${agent?.hostname} ${agent?.id}` });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expectNoAccessibilityViolations(page, { label: 'the search palette' });
  await page.keyboard.press('Enter');

  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/agents/${encodeURIComponent(agent?.id ?? '')}$`));
  await expect(page.getByRole('heading', { level: 1, name: agent?.hostname })).toBeVisible();

  // A pod is found too: the proxy reads /v2/pods again on Marathon's pod_created_event.
  const created = await page.request.post('/api/marathon/v2/pods', {
    headers: { ...CONSOLE_HEADERS, 'content-type': 'application/json' },
    data: shellPod('/shop/cart'),
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.keyboard.press('Control+k');
  await input.fill('cart');
  await expect(palette.getByRole('option', { name: 'Pod /shop/cart' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pods\/%2Fshop%2Fcart$/);
});

test('Ctrl+K pressed as soon as the tasks page shows, before the console is in, opens the palette', async ({
  page,
}) => {
  // The preload script's first read: from then on it remembers the key for the console.
  const preloading = page.waitForRequest(
    (request) => new URL(request.url()).pathname === '/api/cluster',
  );
  await page.goto('/tasks', { waitUntil: 'commit' });
  await preloading;
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search the cluster' })).toBeVisible();
  await expect(page.getByRole('combobox')).toBeFocused();
});

test('a task failure appears in the open event feed, linked to its task and app', async ({
  page,
  cluster,
}) => {
  cluster.advance(60_000);
  await page.goto('/events?source=mesos');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible({
    timeout: 30_000,
  });
  const tasks = (await (await page.request.get('/api/marathon/v2/apps/basic-0/tasks')).json()) as {
    tasks: { id: string; state: string }[];
  };
  const taskId = tasks.tasks.find((task) => task.state === 'TASK_RUNNING')?.id ?? '';
  expect(taskId).not.toBe('');

  cluster.failTask(taskId, 'Command exited with status 3');
  const list = page.getByRole('list', { name: 'Events, newest first' });
  const failure = list
    .getByRole('listitem')
    .filter({ hasText: 'TASK_FAILED' })
    .filter({ has: page.getByRole('link', { name: taskId }) });
  await expect(failure).toBeVisible({ timeout: 5_000 });
  await expect(failure).toContainText('Mesos · Failure');
  await expect(failure).toContainText('Command exited with status 3');
  await expectNoAccessibilityViolations(page, { label: 'the event feed' });

  await page.getByRole('combobox', { name: 'Kind' }).selectOption('failure');
  await expect(page).toHaveURL(/[?&]kind=failure/);
  await expect(list.getByRole('listitem').first()).toContainText('Failure');
  await failure.getByRole('link', { name: '/basic-0' }).click();
  await expect(page).toHaveURL(/\/apps\/%2Fbasic-0$/);
});

test('the launch queue shows what waits and why', async ({ page }) => {
  await page.goto('/apps/%2Ftomcat');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Forced: the seed's own deployment of tomcat may still be running and lock the app.
  const scale = await page.request.put('/api/marathon/v2/apps/tomcat?force=true', {
    headers: { ...CONSOLE_HEADERS, 'content-type': 'application/json' },
    data: { instances: 4 },
  });
  expect(scale.ok(), await scale.text()).toBe(true);
  await page.goto('/queue');
  const row = page
    .getByRole('table', { name: 'Instances waiting to launch' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: '/tomcat' }) });
  await expect(row).toContainText('UnfulfilledConstraint', { timeout: 15_000 });
  await expectNoAccessibilityViolations(page, { label: 'the launch queue' });
});
