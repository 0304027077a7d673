import type { Locator, Page, Request } from '@playwright/test';

/** The console's tasks table (in #root, not the server's first rows), whichever ARIA role. */
function tasksTable(page: Page): Locator {
  const root = page.locator('#root');
  return root.getByRole('table', { name: 'Tasks' }).or(root.getByRole('grid', { name: 'Tasks' }));
}

/** The first body row that holds a task (virtual tables mark rows still loading aria-busy). */
function firstTaskRow(page: Page): Locator {
  return tasksTable(page).locator('[role="row"][aria-rowindex="2"]:not([aria-busy="true"])');
}

/** The Element Timing name the server's first rows give their first cell (first-tasks-page.ts). */
const FIRST_ROW_TIMING = 'first-task-row';

/** When the server's first row was painted (epoch ms), or null if the page had none. */
async function firstRowPaintedAt(page: Page): Promise<number | null> {
  // Element Timing entries are only handed to observers, never listed by getEntriesByType.
  const script = `new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(FIRST_ROW_TIMING)});
      if (entry) resolve(performance.timeOrigin + entry.renderTime);
    }).observe({ type: 'element', buffered: true });
    setTimeout(() => resolve(null), 200);
  })`;
  return page.evaluate<number | null>(script);
}

export interface ColdLoad {
  /** Until the first task row was on screen: the server's, painted, or else the console's. */
  firstRowMs: number;
  /** Until the console's own table showed its first row (its code loaded and rendered). */
  consoleRowMs: number;
}

/**
 * A navigation to /tasks, timed from the moment it is asked for. Rows the server draws into the
 * page are timed by when the browser painted them (Element Timing); Playwright's own checks run
 * on the page's main thread, which is busy with the console's code at that moment and would
 * see them late.
 */
export async function coldLoad(page: Page, baseUrl: string): Promise<ColdLoad> {
  const startedAt = Date.now();
  const started = performance.now();
  await page.goto(`${baseUrl}/tasks`, { waitUntil: 'commit' });
  await firstTaskRow(page).waitFor({ state: 'visible', timeout: 60_000 });
  const consoleRowMs = performance.now() - started;
  const paintedAt = await firstRowPaintedAt(page);
  return {
    firstRowMs: paintedAt === null ? consoleRowMs : paintedAt - startedAt,
    consoleRowMs,
  };
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
