import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { MesosMasterState } from '../src/api/mesos';
import type { SimulatedCluster } from '../mocks';
import { expect, test } from './support/fixtures';

interface ShellTask {
  taskId: string;
  agentId: string;
  hostname: string;
  frameworkId: string;
  /** The agent's own address on loopback, as the simulated cluster serves it. */
  agentUrl: string;
}

/** A running task of the seeded basic-0 app (a shell loop writing to stdout every 5 s). */
async function runningShellTask(baseURL: string, cluster: SimulatedCluster): Promise<ShellTask> {
  let found: ShellTask | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${baseURL}/api/mesos/master/state`);
        const state = (await response.json()) as MesosMasterState;
        for (const framework of state.frameworks) {
          const task = framework.tasks.find(
            (candidate) => candidate.state === 'TASK_RUNNING' && candidate.id.startsWith('basic-0'),
          );
          const agent =
            task && cluster.agents().find((candidate) => candidate.id === task.slave_id);
          if (task && agent) {
            found = {
              taskId: task.id,
              agentId: agent.id,
              hostname: agent.hostname,
              frameworkId: framework.id,
              agentUrl: `http://${agent.address}`,
            };
          }
        }
        return found !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  if (!found) throw new Error('no running basic-0 task');
  return found;
}

/** Browsers fire one scroll event per frame; let the last scroll's event be handled. */
async function afterScrollEvents(page: Page): Promise<void> {
  for (let frame = 0; frame < 2; frame++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

function sandboxFile(task: ShellTask, name: string): string {
  return `/frameworks/${task.frameworkId}/executors/${task.taskId}/runs/latest/${name}`;
}

/** The file's bytes straight from the simulated agent, not through Stadium. */
async function agentFile(task: ShellTask, name: string): Promise<Buffer> {
  const query = new URLSearchParams({ path: sandboxFile(task, name) }).toString();
  const response = await fetch(`${task.agentUrl}/files/download?${query}`);
  expect(response.ok).toBe(true);
  return Buffer.from(await response.arrayBuffer());
}

/** agents -> the task's agent -> the task -> one of its logs. */
async function openLogFromAgents(page: Page, task: ShellTask, name: 'stdout' | 'stderr') {
  await page.goto('/agents');
  await page.getByRole('link', { name: task.hostname, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/agents/${task.agentId}$`));
  await page.getByRole('link', { name: task.taskId, exact: true }).click();
  await expect(page).toHaveURL(/\/tasks\//);
  await page.getByRole('link', { name: `${name} of task ${task.taskId}` }).click();
  await expect(page).toHaveURL(/\/files\?path=.*&follow=1/);
  return page.getByRole('log', { name: `Contents of ${name}` });
}

test('agents -> an agent -> a task -> stdout, following new lines as the task writes them', async ({
  page,
  cluster,
  baseURL,
}) => {
  const task = await runningShellTask(baseURL ?? '', cluster);
  const log = await openLogFromAgents(page, task, 'stdout');
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(log).toContainText(`Starting task ${task.taskId}`);

  // The task writes its Chinese line every other time; wait for one written after opening.
  const opened = (await agentFile(task, 'stdout')).toString('utf8');
  let grown = opened;
  await expect
    .poll(
      async () => {
        grown = (await agentFile(task, 'stdout')).toString('utf8');
        return grown.slice(opened.length).includes('你好，世界');
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const newLine = grown.slice(opened.length).trimEnd().split('\n').at(-1) ?? '';
  expect(newLine).not.toBe('');
  // Within a poll or two of the agent writing it.
  await expect(log).toContainText(newLine, { timeout: 3_000 });

  // What the view holds is the file's own text, multi-byte characters included.
  cluster.stopClock();
  const final = (await agentFile(task, 'stdout')).toString('utf8');
  await expect.poll(async () => final.endsWith(await log.locator('pre').innerText())).toBe(true);
});

test('downloads stderr with its name and the agent file’s exact bytes', async ({
  page,
  cluster,
  baseURL,
}) => {
  const task = await runningShellTask(baseURL ?? '', cluster);
  await openLogFromAgents(page, task, 'stderr');
  cluster.stopClock();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download stderr' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('stderr');
  const path = await download.path();
  const downloaded = await readFile(path);

  const direct = await agentFile(task, 'stderr');
  expect(downloaded.length).toBeGreaterThan(0);
  expect(downloaded.equals(direct)).toBe(true);
  expect(direct.toString('utf8')).toContain('无需下载的 URI');
});

test('browses a task sandbox and stops following when scrolled up', async ({
  page,
  cluster,
  baseURL,
}) => {
  const task = await runningShellTask(baseURL ?? '', cluster);
  await page.goto(
    `/agents/${task.agentId}/sandbox?framework=${task.frameworkId}&task=${task.taskId}`,
  );
  const table = page.getByRole('table', { name: /^Files in / });
  await expect(table.getByRole('rowheader', { name: 'stdout' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'stderr' })).toBeVisible();

  await table.getByRole('link', { name: 'stdout', exact: true }).click();
  const log = page.getByRole('log', { name: 'Contents of stdout' });
  await expect(log).toContainText('Starting task');
  const follow = page.getByRole('button', { name: 'Follow' });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');

  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/follow=1/);
  // Make the log scroll, then scroll up: following stops; back at the bottom it resumes.
  await log.evaluate((element) => {
    element.style.height = '60px';
    element.scrollTo(0, element.scrollHeight);
  });
  await afterScrollEvents(page);
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await afterScrollEvents(page);
  await log.evaluate((element) => element.scrollBy(0, -40));
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await log.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
});
