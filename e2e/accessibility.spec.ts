import type { Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

/** Deployments and the proxy's first read of the cluster take a few seconds of real time. */
const SETTLED = { timeout: 30_000 };

interface Preferences {
  theme: 'light' | 'dark';
  language: 'en' | 'zh-CN';
}

/**
 * Pins a theme and a language before the app's first script runs, the way a returning operator's
 * stored choices do (src/browser/app/theme/theme-preference.ts, src/browser/i18n/create-i18n.ts).
 */
async function storePreferences(page: Page, preferences: Preferences): Promise<void> {
  await page.addInitScript((stored) => {
    window.localStorage.setItem('stadium.theme', stored.theme);
    window.localStorage.setItem('stadium.language', stored.language);
  }, preferences);
}

/**
 * A cluster with something in flight: tomcat (hostname UNIQUE) scaled past the 3 agents waits for
 * offers, so the deployments page, the apps list and tomcat's page show a stuck deployment; nginx
 * gets a second version, so its versions tab shows a diff.
 */
async function startDeployments(page: Page): Promise<void> {
  // The seed's own deployments may still be running; forcing replaces them.
  for (const [app, change] of [
    ['tomcat', { instances: 4 }],
    ['nginx', { mem: 48 }],
  ] as const) {
    const response = await page.request.put(`/api/marathon/v2/apps/${app}?force=true`, {
      headers: CONSOLE_HEADERS,
      data: change,
    });
    expect(response.ok(), await response.text()).toBe(true);
  }
}

async function waitForClusterModel(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.request.get('/api/cluster/summary')).status(), SETTLED)
    .toBe(200);
}

/**
 * Every page of the console once its data has rendered, and the header's menus open. Waits use
 * structure (roles, hrefs) rather than text, so the same walk serves each language.
 */
async function auditEveryPage(page: Page, preferences: Preferences): Promise<void> {
  const main = page.getByRole('main');
  const audit = (label: string) => expectNoAccessibilityViolations(page, { label });

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', preferences.theme);
  await expect(page.locator('html')).toHaveAttribute('lang', preferences.language);
  await expect(main.getByRole('region').getByRole('img').first()).toBeVisible();
  await expect(main.locator('figure svg').first()).toBeVisible(SETTLED);
  await audit('overview');

  // The language and theme pickers. An open menu hides the rest of the page (the header too).
  const pickers = page.getByRole('banner').locator('[aria-haspopup="menu"]');
  const pickerNames = await pickers.evaluateAll((triggers) =>
    triggers.map((trigger) => trigger.getAttribute('aria-label') ?? ''),
  );
  expect(pickerNames).toHaveLength(2);
  for (const name of pickerNames) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit(`the menu of ${name}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
  }

  await page.goto('/agents');
  const agentLink = main.locator('a[href^="/agents/"]').first();
  await expect(agentLink).toBeVisible(SETTLED);
  await audit('agents');

  await agentLink.click();
  await expect(main.locator('a[href^="/tasks/"]').first()).toBeVisible(SETTLED);
  await expect(main.locator('figure svg').first()).toBeVisible(SETTLED);
  await audit('an agent');

  await page.goto('/frameworks');
  await expect(main.locator('a[href^="/frameworks/"]').first()).toBeVisible(SETTLED);
  await audit('frameworks');

  await page.goto('/tasks');
  // The console's page, once the rows the server drew before it loaded have handed over.
  await expect(page.locator('[data-first-rows]')).toHaveCount(0, SETTLED);
  const taskLink = main.locator('a[href^="/tasks/"]').first();
  await expect(taskLink).toBeVisible(SETTLED);
  await audit('tasks');

  // A route change keeps the list on screen until the task page renders: wait for its heading.
  const taskHref = new URL((await taskLink.getAttribute('href')) ?? '', 'http://stadium');
  const taskId = decodeURIComponent(taskHref.pathname.replace('/tasks/', ''));
  await taskLink.click();
  await expect(main.getByRole('heading', { level: 1 })).toContainText(taskId, SETTLED);
  await expect(main.locator('a[href*="file=stdout"]')).toBeVisible(SETTLED);
  await audit('a task');

  await page.goBack();
  await main.locator('a[href*="file=stdout"]').first().click();
  await expect(main.getByRole('log')).toContainText('Starting task', SETTLED);
  await audit('a task’s stdout');

  await page.goto('/apps');
  await expect(main.locator('a[href="/apps/%2Fbasic-0"]')).toBeVisible(SETTLED);
  await audit('apps');

  await page.goto('/apps/%2Fnginx');
  await expect(main.getByRole('table').getByRole('link').first()).toBeVisible(SETTLED);
  await audit('an app: instances');

  await page.goto('/apps/%2Fnginx?tab=configuration');
  await expect(main.getByRole('tabpanel')).toContainText('"/nginx"');
  await audit('an app: configuration');

  await page.goto('/apps/%2Fnginx?tab=versions');
  await expect(main.getByRole('tabpanel').getByRole('row').nth(2)).toBeVisible(SETTLED);
  await expect(main.locator('.monaco-diff-editor')).toBeVisible(SETTLED);
  await audit('an app: versions');

  await page.goto('/apps/%2Fnginx?dialog=scale');
  await expect(page.getByRole('dialog').getByRole('spinbutton')).toBeVisible();
  await audit('the scale dialog');

  await page.goto('/apps/%2Ftomcat');
  await expect(main.getByRole('region').getByRole('heading', { level: 2 })).toBeVisible(SETTLED);
  await audit('an app waiting for offers');

  // Monaco's own DOM passes too, so nothing is excluded.
  await page.goto('/apps/new');
  await expect(main.locator('.monaco-editor')).toBeVisible(SETTLED);
  await audit('new app: JSON');

  const [, formTab] = await main.getByRole('tab').all();
  await formTab?.click();
  await expect(main.getByRole('form')).toBeVisible();
  await audit('new app: form');

  await page.goto('/deployments');
  await expect(main.getByRole('listitem').first()).toBeVisible(SETTLED);
  await audit('deployments');

  await page.goto('/no-such-page');
  await expect(main.locator('a[href="/"]')).toBeVisible();
  await audit('not found');
}

// One Stadium per combination, side by side.
test.describe.configure({ mode: 'parallel' });

for (const preferences of [
  { theme: 'light', language: 'en' },
  { theme: 'dark', language: 'en' },
  { theme: 'light', language: 'zh-CN' },
] as const) {
  test(`every page passes an axe audit in the ${preferences.theme} theme, ${preferences.language}`, async ({
    page,
  }) => {
    // Seventeen views, each audited by axe: on a loaded 2-core machine this takes over a minute.
    test.setTimeout(240_000);
    await storePreferences(page, preferences);
    await startDeployments(page);
    await waitForClusterModel(page);
    await auditEveryPage(page, preferences);
  });
}
