import { expect, test } from './support/fixtures';

/**
 * The console under its real Content-Security-Policy (the cspViolations fixture fails any test,
 * in every spec, on a violation), plus the browser-side probes: framing and cross-site forms.
 */

const SETTLED = { timeout: 30_000 };

test('the app editor works under the CSP in JSON and Form, Monaco workers included', async ({
  page,
  context,
}) => {
  // Pasted, not typed: typing would get Monaco's auto-closing quotes and brackets.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const response = await page.goto('/apps/new');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");

  const main = page.getByRole('main');
  const editor = main.locator('.monaco-editor').first();
  await expect(editor).toBeVisible(SETTLED);
  // A schema error is found by Monaco's JSON worker: it can only show if the worker runs.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.evaluate(() =>
    navigator.clipboard.writeText('{"id": "/csp", "cmd": "sleep 1", "instances": "three"}'),
  );
  await page.keyboard.press('Control+V');
  await expect(main.locator('.squiggly-error').first()).toBeVisible(SETTLED);

  await main.getByRole('tab', { name: 'Form' }).click();
  await expect(main.getByRole('form')).toBeVisible();
  await main.getByRole('tab', { name: 'JSON' }).click();
  await expect(editor).toBeVisible();
});

test('the console does not render inside a frame of another page (clickjacking)', async ({
  page,
  stadium,
  cspViolations,
}) => {
  await page.setContent(
    `<h1>Win a prize</h1><iframe title="probe" width="800" height="600" src="${stadium.url}/apps/%2Fnginx"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title="probe"]');
  // Give a framed console every chance to render its header before looking.
  await page.waitForTimeout(2_000);
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Scale' })).toHaveCount(0);
  // Chromium reports the refused framing as a violation of frame-ancestors; that one is the point.
  cspViolations.expect(/frame-ancestors/);
});

test('a cross-site form cannot tear down a framework', async ({ page, stadium }) => {
  const activeFrameworks = async () => {
    const state = (await (await page.request.get('/api/mesos/master/frameworks')).json()) as {
      frameworks: { id: string }[];
    };
    return state.frameworks.map((framework) => framework.id);
  };
  const before = await activeFrameworks();
  expect(before.length).toBeGreaterThan(0);
  // Marathon's real framework id, in the body Mesos' teardown endpoint reads.
  await page.setContent(
    `<form method="post" enctype="application/x-www-form-urlencoded" action="${stadium.url}/api/mesos/master/teardown">` +
      `<input type="hidden" name="frameworkId" value="${before[0] ?? ''}"><button>Claim prize</button></form>`,
  );
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/master/teardown')),
    page.getByRole('button', { name: 'Claim prize' }).click(),
  ]);
  expect(answer.status()).toBe(403);
  expect(await answer.json()).toMatchObject({
    message: expect.stringContaining('other web pages'),
  });
  expect(await activeFrameworks()).toEqual(before);
});

test('the built console ships no source maps', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const source = await (await page.request.get(script ?? '')).text();
    expect(source).not.toContain('sourceMappingURL');
  }
});
