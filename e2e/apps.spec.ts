import type { Page } from '@playwright/test';
import { SEED_NGINX_DEFINITION } from '../src/browser/testing/app-definition-fixtures';
import { CONSOLE_HEADERS, expect, test } from './support/fixtures';

/** Deployments take a few seconds of real time in the simulated cluster. */
const DEPLOYED = { timeout: 30_000 };
const isMonacoChunk = (url: string) => /\/assets\/(monaco-|editor\.api)[^/]*\.js$/.test(url);

const writeStatus = (page: Page) => page.getByRole('status', { name: 'Changes sent to Marathon' });

/** The seed runs /nginx and /tomcat already; the operator starts from a cluster without them. */
async function removeSeedApps(page: Page): Promise<void> {
  for (const id of ['nginx', 'tomcat']) {
    expect(
      (await page.request.delete(`/api/marathon/v2/apps/${id}`, { headers: CONSOLE_HEADERS })).ok(),
    ).toBe(true);
  }
  await expect
    .poll(async () => (await page.request.get('/api/marathon/v2/deployments')).json(), DEPLOYED)
    .toEqual([]);
}

async function openEditor(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Create application' }).click();
  await expect(page).toHaveURL(/\/apps\/new$/);
}

async function destroy(page: Page, appId: string): Promise<void> {
  await page.goto(`/apps/${encodeURIComponent(appId)}`);
  await page.getByRole('button', { name: 'Destroy', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Destroy ${appId}?` });
  await expect(dialog.getByRole('button', { name: 'Destroy', exact: true })).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type the app id ${appId} to confirm` }).fill(appId);
  await dialog.getByRole('button', { name: 'Destroy', exact: true }).click();
  await expect(page).toHaveURL(/\/apps$/);
  await expect(writeStatus(page)).toContainText(`Destroyed ${appId}.`, DEPLOYED);
}

test('an operator creates, scales, edits and destroys nginx and tomcat', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  // Pasting keeps the text as it is; typed text would get Monaco's auto-closing and indenting.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await removeSeedApps(page);

  // The apps list loads without the editor's Monaco chunk; opening the editor loads it.
  await page.goto('/apps');
  await expect(page.getByRole('link', { name: 'basic-0' })).toBeVisible();
  expect(scripts.filter(isMonacoChunk)).toEqual([]);
  await openEditor(page);
  const monaco = page.locator('.monaco-editor').first();
  await expect(monaco).toBeVisible();
  expect(scripts.some(isMonacoChunk)).toBe(true);

  // nginx: the seed's JSON pasted in JSON mode.
  await monaco.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), SEED_NGINX_DEFINITION);
  await page.keyboard.press('Control+V');
  await page.getByRole('button', { name: 'Create application', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/%2Fnginx$/);
  await expect(writeStatus(page)).toContainText(
    'Created /nginx: its instances are running.',
    DEPLOYED,
  );
  const nginxInstances = page.getByRole('table', { name: 'Instances of /nginx' });
  await expect(nginxInstances.getByText('Running')).toBeVisible();
  const endpoint = nginxInstances.getByRole('link', { name: /^slave-\d+:\d+$/ });
  await expect(endpoint).toHaveAttribute('href', /^http:\/\/slave-\d+:3\d{4}$/);

  // tomcat: written in form mode.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Apps' }).click();
  await openEditor(page);
  await page.getByRole('tab', { name: 'Form' }).click();
  await page.getByRole('textbox', { name: 'ID', exact: true }).fill('tomcat');
  await page.getByRole('textbox', { name: 'CPUs' }).fill('1');
  await page.getByRole('textbox', { name: 'Memory (MiB)' }).fill('128');
  await page.getByRole('combobox', { name: 'Container type' }).selectOption('DOCKER');
  await page.getByRole('textbox', { name: 'Docker image' }).fill('docker.io/tomcat');
  await page.getByRole('radio', { name: 'Bridge' }).check();
  await page.getByRole('button', { name: 'Add a port mapping', exact: true }).click();
  await page.getByRole('textbox', { name: 'Container port' }).fill('8080');
  await page.getByRole('button', { name: 'Add a constraint', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Operator' })).toHaveValue('UNIQUE');
  await page.getByRole('button', { name: 'Create application', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/%2Ftomcat$/);
  await expect(writeStatus(page)).toContainText('Created /tomcat', DEPLOYED);
  await expect(writeStatus(page)).toContainText(
    'Created /tomcat: its instances are running.',
    DEPLOYED,
  );

  // Scale tomcat to 2.
  await page.getByRole('button', { name: 'Scale', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Scale /tomcat' });
  await dialog.getByRole('spinbutton', { name: 'Instances' }).fill('2');
  await dialog.getByRole('button', { name: 'Scale', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(writeStatus(page)).toContainText('Scaled /tomcat to 2 instances.', DEPLOYED);

  // 4 with hostname UNIQUE on 3 agents: warned before sending; sent anyway, the header says why.
  await page.getByRole('button', { name: 'Scale', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Scale /tomcat' });
  await dialog.getByRole('spinbutton', { name: 'Instances' }).fill('4');
  await expect(
    dialog.getByText('hostname UNIQUE on 3 agents: at most 3 instances can run; 1 will wait.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Scale', exact: true }).click();
  await expect(dialog).toBeHidden();
  const waiting = page.getByRole('region', { name: 'Why 1 instance is waiting' });
  await expect(waiting).toContainText(
    /UnfulfilledConstraint: hostname UNIQUE — \d+ of \d+ offers declined/,
    DEPLOYED,
  );

  // The stuck deployment locks tomcat: scaling back answers 409, and Force goes through.
  await page.getByRole('button', { name: 'Scale', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Scale /tomcat' });
  await dialog.getByRole('spinbutton', { name: 'Instances' }).fill('2');
  await dialog.getByRole('button', { name: 'Scale', exact: true }).click();
  const lock = dialog.getByRole('alert');
  await expect(lock).toContainText('App is locked by deployment');
  await expect(lock).toContainText('old and new instances may be mixed');
  await lock.getByRole('button', { name: 'Force', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(writeStatus(page)).toContainText('Scaled /tomcat to 2 instances.', DEPLOYED);
  await expect(waiting).toBeHidden();

  // Edit nginx: a form change, reviewed as a diff before it is sent.
  await page.goto('/apps/%2Fnginx');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/%2Fnginx\/edit$/);
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Form' }).click();
  await page.getByRole('textbox', { name: 'Memory (MiB)' }).fill('64');
  await page.getByRole('button', { name: 'Review changes', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Review the changes' })).toBeVisible();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Deploy changes', exact: true }).click();
  await expect(page).toHaveURL(/\/apps\/%2Fnginx$/);
  await expect(writeStatus(page)).toContainText('Deployed the new definition of /nginx.', DEPLOYED);
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await expect(page.getByLabel('App definition (JSON)')).toContainText('"mem": 64');

  await destroy(page, '/nginx');
  await destroy(page, '/tomcat');
  await expect(page.getByRole('link', { name: 'nginx', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'tomcat', exact: true })).toBeHidden();
});
