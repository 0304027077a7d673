import type { Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';

const roleRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('roles show their weights and quota, and a weight change is reviewed, applied and audited', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  const analytics = roleRow(page, 'eng/analytics');
  await expect(analytics.getByRole('cell').nth(1)).toHaveText('CPUs 2 · Memory 2 GB');
  await expect(analytics.getByRole('cell').nth(2)).toHaveText('CPUs 4 · Memory 4 GB');
  await expect(roleRow(page, 'eng').getByRole('cell').first()).toHaveText('2');
  await expect(roleRow(page, '*').getByRole('link', { name: 'marathon' })).toBeVisible();

  await page.getByRole('button', { name: 'Weight of ops' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the weight of ops?' });
  await dialog.getByRole('textbox', { name: 'Weight' }).fill('-1');
  await expect(dialog.getByText('Enter a weight above 0, such as 1 or 2.5.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Weight' }).fill('2.5');
  await expect(dialog.getByText('Weight: 1 → 2.5')).toBeVisible();
  await dialog.getByRole('button', { name: 'Apply weight' }).click();
  await expect(dialog).toBeHidden();
  await expect(roleRow(page, 'ops').getByRole('cell').first()).toHaveText('2.5');

  await page.goto('/audit?target=ops');
  await expect(page.getByRole('table', { name: 'Writes' })).toContainText('POST /api/mesos/api/v1');
});

test('an operator schedules a maintenance window and removes it again', async ({ page }) => {
  await page.goto('/maintenance');
  await expect(page.getByText('No maintenance is scheduled.')).toBeVisible();
  await page.getByRole('button', { name: 'Schedule maintenance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a maintenance window?' });
  const machines = dialog.getByRole('textbox', { name: /^Machines/ });
  await machines.fill('slave-2 slave-7');
  await expect(dialog.getByText('No agent runs on slave-7; check the spelling.')).toBeVisible();
  await machines.fill('slave-2');
  await dialog.getByLabel('Start (your local time)').fill('2099-06-01T10:00');
  await dialog.getByRole('textbox', { name: 'Duration (hours)' }).fill('3');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(dialog).toBeHidden();

  const windows = page.getByRole('table', { name: 'Maintenance windows' });
  await expect(windows).toContainText('slave-2');
  await expect(windows).toContainText('3 h');
  // Agents of the HTTP runtime listen on 127.0.0.1: their machines are "slave-n (127.0.0.1)".
  const slave2 = page
    .getByRole('table', { name: 'Machines' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^slave-2\b/ }) });
  await expect(slave2).toContainText('Draining');

  await page.getByRole('button', { name: /^Remove the window of slave-2\b/ }).click();
  const remove = page.getByRole('dialog', { name: /^Remove the maintenance window of slave-2\b/ });
  await expect(remove).toContainText('go back to up');
  await remove.getByRole('button', { name: 'Remove window' }).click();
  await expect(page.getByText('No maintenance is scheduled.')).toBeVisible();
  await expect(slave2).toContainText('Up');

  await page.goto('/audit?target=maintenance%20schedule');
  await expect(page.getByRole('table', { name: 'Writes' }).getByRole('row')).toHaveCount(3);
});

test('the roles, offers and maintenance pages and their dialogs pass the accessibility checks', async ({
  page,
}) => {
  const audit = (label: string) => expectNoAccessibilityViolations(page, { label });
  await page.goto('/roles');
  await expect(page.getByRole('rowheader', { name: 'eng/analytics' })).toBeVisible();
  await audit('roles');
  await page.goto('/roles?dialog=quota&role=ops');
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit('the quota dialog');
  await page.goto('/offers');
  await expect(page.getByRole('table', { name: 'Outstanding offers' })).toBeVisible();
  await audit('offers');
  await page.goto('/maintenance?dialog=add');
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit('the maintenance dialog');
});
