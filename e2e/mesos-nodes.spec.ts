/**
 * Operator actions on Mesos nodes against the simulated cluster over real HTTP: drain an agent
 * and watch it go Draining -> Drained, read the leading master's log and a standby's, tear down a
 * framework.
 */
import { expect, test } from './support/fixtures';

// A second active framework (load-generator) to tear down without touching Marathon.
test.use({ simulation: { extraTasks: 3 } });

test('drains an agent from its page and watches it go Draining, then Drained', async ({
  page,
  cluster,
}) => {
  const agent = cluster.agents()[0];
  if (!agent) throw new Error('no agent');
  await page.goto('/agents');
  await page.getByRole('link', { name: agent.hostname, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Agent ${agent.hostname}`);

  await page.getByRole('button', { name: 'Drain…' }).click();
  const dialog = page.getByRole('dialog', { name: `Drain agent ${agent.hostname}` });
  const grace = dialog.getByRole('textbox', { name: 'Max grace period (seconds)' });
  await grace.fill('soon');
  await expect(dialog.getByRole('alert')).toContainText('is not a whole number of seconds');
  await expect(dialog.getByRole('button', { name: 'Drain' })).toBeDisabled();
  await grace.fill('2');
  await dialog.getByRole('button', { name: 'Drain' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/dialog=/);

  const state = page
    .locator('dt', { hasText: /^State$/ })
    .locator('xpath=following-sibling::dd[1]');
  await expect(state).toHaveText('Draining');
  await expect(state).toHaveText('Drained', { timeout: 20_000 });

  // The agents table shows it too.
  await page.goto('/agents');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: agent.hostname, exact: true }) });
  await expect(row).toContainText('Drained');
});

test("reads the leading master's log and follows it, then a standby's", async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Masters' })
    .click();
  const masters = page.getByRole('table', { name: 'Masters' });
  await expect(masters).toContainText('Leader');
  // Each master, standbys too, tells its own version through the proxy.
  await expect(masters.getByRole('cell', { name: '1.11.0', exact: true })).toHaveCount(3);
  await page.getByRole('link', { name: 'Read the leading master’s log' }).click();
  await expect(page).toHaveURL(/\/masters\/log\?follow=1$/);
  const log = page.getByRole('log');
  await expect(log).toContainText('master.cpp');
  const before = (await log.textContent())?.length ?? 0;
  await expect
    .poll(async () => (await log.textContent())?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(before);

  // A standby's own log, through the proxy's allow-listed /api/masters/<host:port>/files/read.
  await page.getByRole('link', { name: 'All masters' }).click();
  const standby = masters.getByRole('row').filter({ hasText: 'Standby' }).first();
  await standby.getByRole('link', { name: /^Log of / }).click();
  await expect(page).toHaveURL(/\/masters\/log\?node=[^&]+&follow=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Log of the master at');
  await expect(page.getByRole('log')).toContainText('master.cpp');
});

test('tears down a framework after its id is typed', async ({ page }) => {
  await page.goto('/frameworks');
  await page.getByRole('link', { name: 'load-generator' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Framework load-generator');
  const frameworkId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');

  await page.getByRole('button', { name: 'Tear down…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tear down framework load-generator' });
  await expect(dialog).toContainText('Mesos kills all its 3 tasks');
  const submit = dialog.getByRole('button', { name: 'Tear down' });
  await expect(submit).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Type the framework id/ }).fill(frameworkId);
  await submit.click();
  await expect(
    page.getByText('Mesos tore down load-generator; its tasks are being killed.'),
  ).toBeVisible();

  await page.goto('/frameworks?tab=completed');
  await expect(
    page.getByRole('table', { name: 'Completed' }).getByRole('link', { name: 'load-generator' }),
  ).toBeVisible();
});
