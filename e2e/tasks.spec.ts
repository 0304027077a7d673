import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The proxy answers /api/cluster/* once it has read the master's state the first time. */
async function waitForClusterModel(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.request.get('/api/cluster/summary')).status(), {
      timeout: 30_000,
    })
    .toBe(200);
}

function tasksTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Tasks' });
}

/** The ID cell of the first rendered data row. */
function firstTaskId(table: Locator): Locator {
  return table
    .locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')
    .first()
    .getByRole('cell')
    .first();
}

test('a filtered, sorted tasks URL survives a reload', async ({ page, cluster }) => {
  cluster.advance(60_000);
  await waitForClusterModel(page);
  await page.goto('/tasks');
  const table = tasksTable(page);
  await expect(table.getByRole('link', { name: /^tomcat\./ }).first()).toBeVisible();

  await page.getByRole('textbox', { name: 'Filter tasks' }).fill('nginx');
  await table.getByRole('columnheader', { name: /ID/ }).getByRole('button').click();
  await expect(page).toHaveURL(/[?&]q=nginx/);
  await expect(page).toHaveURL(/[?&]order=desc/);

  await page.reload();

  await expect(page.getByRole('textbox', { name: 'Filter tasks' })).toHaveValue('nginx');
  await expect(tasksTable(page).getByRole('columnheader', { name: /ID/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(
    tasksTable(page)
      .getByRole('link', { name: /^nginx\./ })
      .first(),
  ).toBeVisible();
  await expect(tasksTable(page).getByRole('link', { name: /^tomcat\./ })).toHaveCount(0);
});

test.describe('at 10k agents and 100k tasks', () => {
  test.use({ simulation: { agents: 10_000, extraTasks: 100_000 } });

  test('the tasks page shows rows and scrolls through them', async ({ page }) => {
    await waitForClusterModel(page);
    await page.goto('/tasks');
    const table = tasksTable(page);
    await expect(page.getByText(/^100,\d{3} tasks$/)).toBeVisible();
    const first = await firstTaskId(table).textContent();
    expect(first).toBeTruthy();
    const rendered = await table.getByRole('row').count();
    expect(rendered).toBeLessThan(120);

    await table.hover();
    for (let step = 0; step < 5; step++) await page.mouse.wheel(0, 20_000);
    await table.evaluate((element) => {
      element.scrollTop = element.scrollHeight / 2;
    });

    await expect(firstTaskId(table)).not.toHaveText(first ?? '');
    await expect(table.locator('[role="row"][aria-busy="true"]')).toHaveCount(0);
    const index = Number(
      await table.locator('[role="row"][aria-rowindex]').last().getAttribute('aria-rowindex'),
    );
    expect(index).toBeGreaterThan(40_000);
  });
});

test('the tasks page shows its rows before any script has run, then the console takes over', async ({
  browser,
  page,
  baseURL,
}) => {
  await waitForClusterModel(page);
  // Without scripts, all there is comes from the server: the rows must be there already.
  const noScripts = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    locale: 'en-US',
  });
  const bare = await noScripts.newPage();
  await bare.goto('/tasks');
  const drawn = tasksTable(bare);
  const nginx = drawn.getByRole('link', { name: /^nginx\./ }).first();
  await expect(nginx).toBeVisible();
  await expect(nginx).toHaveAttribute('href', /^\/tasks\/nginx\.[^?]+\?framework=/);
  await expect(drawn.getByRole('cell', { name: 'slave-1' }).first()).toBeVisible();
  await noScripts.close();

  await page.goto('/tasks');
  await expect(page.getByRole('textbox', { name: 'Filter tasks' })).toBeVisible();
  await expect(page.locator('[data-first-rows]')).toHaveCount(0);
  const table = tasksTable(page);
  await expect(table.getByRole('link', { name: /^nginx\./ }).first()).toBeVisible();
  await expect(table.getByRole('group', { name: /Logs of/ }).first()).toBeVisible();
});
