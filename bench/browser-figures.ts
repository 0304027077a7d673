import type { Locator, Page, Request } from '@playwright/test';

/** The tasks table, whichever ARIA role the view gives it. */
function tasksTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Tasks' }).or(page.getByRole('grid', { name: 'Tasks' }));
}

/** The first body row that holds a task (virtual tables mark rows still loading aria-busy). */
function firstTaskRow(page: Page): Locator {
  return tasksTable(page).locator('[role="row"][aria-rowindex="2"]:not([aria-busy="true"])');
}

/** Milliseconds from navigation to /tasks until the first task row is on screen. */
export async function timeToFirstRow(page: Page, baseUrl: string): Promise<number> {
  const started = performance.now();
  await page.goto(`${baseUrl}/tasks`);
  await firstTaskRow(page).waitFor({ state: 'visible', timeout: 60_000 });
  return performance.now() - started;
}

/**
 * Milliseconds from one input event in "Filter tasks" until the first row changes. The query is
 * the first cell of a later row, so the first row must change.
 */
export async function filterRepaintMs(page: Page): Promise<number> {
  const rows = tasksTable(page).locator('[role="row"][aria-rowindex]:not([aria-busy="true"])');
  await firstTaskRow(page).waitFor({ state: 'visible', timeout: 30_000 });
  const visible = await rows.count();
  if (visible < 3) throw new Error(`only ${visible - 1} task rows: nothing to filter for`);
  const target = rows.nth(Math.min(visible - 1, 6));
  const query = (await target.locator('[role="cell"]').first().innerText()).trim();
  const before = await firstTaskRow(page).innerText();
  await page.getByRole('textbox', { name: 'Filter tasks' }).focus();
  const started = performance.now();
  await page.keyboard.insertText(query);
  await page.waitForFunction(
    (previous) => {
      const row = document.querySelector<HTMLElement>(
        '[aria-label="Tasks"] [role="row"][aria-rowindex="2"]:not([aria-busy="true"])',
      );
      return row !== null && row.innerText !== previous;
    },
    before,
    { polling: 'raf', timeout: 60_000 },
  );
  return performance.now() - started;
}

export interface ApiTransfer {
  path: string;
  /** Body bytes that crossed the network: 0 for a 304, even when the page is handed the cached body. */
  bytes: number;
  startedAt: number;
}

/** Records every /api/* response the page receives until `stop()`. */
export function recordApiTransfers(page: Page): { transfers: ApiTransfer[]; stop(): void } {
  const transfers: ApiTransfer[] = [];
  const onFinished = (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    void request.sizes().then(
      (sizes) => {
        transfers.push({
          path: `${url.pathname}${url.search}`,
          bytes: sizes.responseBodySize,
          startedAt: request.timing().startTime,
        });
      },
      () => {},
    );
  };
  page.on('requestfinished', onFinished);
  return {
    transfers,
    stop: () => page.off('requestfinished', onFinished),
  };
}

/** The page's poll period for the tasks list: the median gap between repeats of one URL. */
export function pollPeriodMs(transfers: readonly ApiTransfer[]): number | null {
  const byPath = new Map<string, number[]>();
  for (const transfer of transfers) {
    if (!transfer.path.startsWith('/api/cluster/tasks?') && transfer.path !== '/api/cluster/tasks')
      continue;
    byPath.set(transfer.path, [...(byPath.get(transfer.path) ?? []), transfer.startedAt]);
  }
  const gaps: number[] = [];
  for (const times of byPath.values()) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) gaps.push((times[i] ?? 0) - (times[i - 1] ?? 0));
  }
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? null;
}

/** Body bytes of /api/* per poll period, averaged over the recording. */
export function bytesPerPoll(
  transfers: readonly ApiTransfer[],
  periodMs: number,
  durationMs: number,
): number {
  const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  return (total * periodMs) / durationMs;
}
