import { ConsolePage } from './support/console-page';
import { expect, test } from './support/fixtures';

test('opens on the simulated cluster and shows both leaders and the totals', async ({
  page,
  cluster,
}) => {
  const console = new ConsolePage(page);
  await console.goto();

  await expect(console.header.getByText('Simulated cluster')).toBeVisible();
  await expect(console.leader('Mesos')).toHaveText(cluster.mesos.leader()?.address ?? 'missing');
  await expect(console.leader('Marathon')).toHaveText(
    cluster.marathon.leader()?.address ?? 'missing',
  );
  const cpus = console.main.getByRole('region', { name: 'CPUs' });
  await expect(cpus.getByRole('img')).toHaveAccessibleName(/of 12$/);
  await expect(console.main.getByRole('region', { name: 'Agents' })).toContainText('3');
  await expect(console.alerts).toHaveCount(0);
});

test('follows a Mesos leader change without a reload and without a failed request', async ({
  page,
  cluster,
}) => {
  const console = new ConsolePage(page);
  await console.goto();
  const before = cluster.mesos.leader()?.address;
  await expect(console.leader('Mesos')).toHaveText(before ?? 'missing');

  cluster.mesos.electAnotherLeader();
  const after = cluster.mesos.leader()?.address;
  expect(after).not.toBe(before);

  await expect(console.leader('Mesos')).toHaveText(after ?? 'missing', { timeout: 8_000 });
  // Keep the page polling through a few more cycles on the new leader.
  await expect(console.main.getByRole('region', { name: 'CPUs' })).toBeVisible();
  await page.waitForTimeout(3_000);
  expect(console.apiFailures()).toEqual([]);
  await expect(console.alerts).toHaveCount(0);
});

test('shows a banner while Marathon has no leader, and recovers', async ({ page, cluster }) => {
  const console = new ConsolePage(page);
  await console.goto();
  const marathonLeader = cluster.marathon.instances().findIndex((instance) => instance.leader);
  await expect(console.leader('Marathon')).toHaveText(
    cluster.marathon.leader()?.address ?? 'missing',
  );

  cluster.marathon.stopInstance(marathonLeader);

  const banner = console.alerts.filter({ hasText: 'Marathon' });
  await expect(banner).toBeVisible({ timeout: 8_000 });
  await expect(banner).toContainText('Mesos views keep working');
  await expect(console.leader('Mesos')).toHaveText(cluster.mesos.leader()?.address ?? 'missing');

  // A standby takes over once the crashed leader's ZooKeeper session expires.
  await expect(banner).toHaveCount(0, { timeout: 25_000 });
  const newLeader = cluster.marathon.leader()?.address;
  expect(newLeader).toBeDefined();
  await expect(console.leader('Marathon')).toHaveText(newLeader ?? 'missing');
});
