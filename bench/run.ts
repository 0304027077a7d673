/**
 * `npm run bench`: Stadium on a 10k-agent / 100k-task simulated cluster and on a small one, with
 * the real console in Chromium. Prints figures and ratios; nothing here passes or fails beyond
 * sanity (the tasks page must show rows). Loopback only, bounded to a few minutes.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createSimulatedCluster, serveCluster } from '../mocks/index';
import type { ClusterSummary } from '../src/api/cluster-model';
import {
  recordServerRequests,
  type ServerRequestLog,
} from '../src/server/test-support/server-requests';
import { CHROMIUM_ARGS } from '../scripts/chromium-args';
import { checkInitialBundle } from '../scripts/check-bundle';
import { ensureChromium } from '../scripts/system-packages';
import {
  bytesPerPoll,
  filterRepaintMs,
  pollPeriodMs,
  recordApiTransfers,
  coldLoad,
  type ColdLoad,
  type ApiTransfer,
} from './browser-figures';
import { ensureBuiltConsole } from './built-console';
import {
  liveFigures,
  readsWhilePagesOpen,
  rssUnderEvents,
  type LiveFigures,
  type ReadsWindow,
  percentile50,
} from './live-figures';
import { packagedStartRows, printPackagedStart } from './packaged-start';
import { searchFigures, type SearchFigures } from './search-figures';
import {
  compiledStadium,
  launcherNodeFlags,
  readMetric,
  rssMb,
  startStadiumProcess,
  type BenchedStadium,
} from './stadium-process';
import { kb, mb, ms, printTable, ratio, type FigureRow } from './table';
import { stateReads } from './upstream-reads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LARGE = { agents: 10_000, extraTasks: 100_000 };
const SMALL = { agents: 3, extraTasks: 0 };
/** Fresh snapshots (an election makes the proxy subscribe again) counted for "after N". */
const REFRESHES = 3;
/** Issue 8's windows; BENCH_READS_WINDOW_S / BENCH_SOAK_S shorten them for a quick run. */
const READS_WINDOW_MS = Number(process.env.BENCH_READS_WINDOW_S ?? 300) * 1000;
const SOAK_MS = Number(process.env.BENCH_SOAK_S ?? 600) * 1000;
/** How long browser polls are recorded with an unchanged snapshot. */
const QUIET_RECORDING_MS = 11_000;
/**
 * BENCH_FOCUS=scale: only the large cluster's memory, task-change and publish figures (minutes
 * instead of most of an hour), for working on them.
 */
const SCALE_ONLY = process.env.BENCH_FOCUS === 'scale';
/** Window in which upstream /master/state reads are counted, per number of open pages. */
const COUNT_WINDOW_MS = 10_000;

interface ClusterFigures {
  startupMs: number;
  firstRowMs: number | null;
  consoleRowMs: number | null;
  filterMs: number | null;
  stateBytes: number;
  sliceBytes: number | null;
  pollIntervalMs: number;
  bytesPerQuietPoll: number | null;
  bytesPerChangedPoll: number | null;
  warm: ProcessMemory;
  afterRefreshes: ProcessMemory;
  readsPerInterval: { onePage: number; fivePages: number } | null;
  live: LiveFigures | null;
  /** `/api/search` answer times over HTTP (issue 10: under 100 ms at 100k tasks). */
  search: SearchFigures | null;
  /** Large cluster only: /master/state reads with 1 and 10 tabs open. */
  readsWindows: ReadsWindow[];
  /** Large cluster only: Stadium's RSS per minute while tasks change. */
  soakRssMb: number[];
  /** Snapshots built while tasks changed (live figures and soak), whole or patched. */
  builds: { full: BuildTimes; patch: BuildTimes };
  notes: string[];
}

interface ProcessMemory {
  rssMb: number;
  heapMb: number;
  /** Peak RSS so far (VmHWM): a fresh 100 MB SUBSCRIBED is read while the old model serves. */
  peakRssMb: number;
}

interface BuildTimes {
  count: number;
  meanMs: number | null;
}

interface StadiumUnderBench extends BenchedStadium {
  pid: number;
  masterUrls: readonly string[];
  stop(): Promise<void>;
}

const benchStarted = performance.now();
/** Where a long run is, on stderr (the figures go to stdout). */
function progress(message: string): void {
  console.error(`bench ${((performance.now() - benchStarted) / 1000).toFixed(0)} s: ${message}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function summary(stadium: BenchedStadium): Promise<ClusterSummary | null> {
  try {
    const response = await fetch(`${stadium.url}/api/cluster/summary`);
    return response.status === 200 ? ((await response.json()) as ClusterSummary) : null;
  } catch {
    // A loaded machine may reset a connection while the 10k-agent snapshot is built: ask again.
    return null;
  }
}

async function waitForGeneration(
  stadium: BenchedStadium,
  atLeast: number,
): Promise<ClusterSummary> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const current = await summary(stadium);
    if (current !== null && current.status.generation >= atLeast) return current;
    if (Date.now() > deadline) throw new Error(`no cluster snapshot ${atLeast} within 300 s`);
    await sleep(100);
  }
}

/** Stadium's own process: RSS from /proc, heap as it reports it on /metrics. */
async function processMemory(stadium: StadiumUnderBench): Promise<ProcessMemory> {
  const heap = await readMetric(stadium.url, 'nodejs_heap_size_used_bytes');
  return {
    rssMb: rssMb(stadium.pid),
    heapMb: (heap ?? NaN) / 1024 / 1024,
    peakRssMb: rssMb(stadium.pid, 'VmHWM'),
  };
}

/** Count and sum of `stadium_snapshot_build_seconds` per kind, to difference two readings. */
async function buildTotals(url: string): Promise<Record<'full' | 'patch', [number, number]>> {
  const read = async (built: string): Promise<[number, number]> => [
    (await readMetric(url, 'stadium_snapshot_build_seconds_count', `built="${built}"`)) ?? 0,
    (await readMetric(url, 'stadium_snapshot_build_seconds_sum', `built="${built}"`)) ?? 0,
  ];
  return { full: await read('full'), patch: await read('patch') };
}

function buildsBetween(
  before: Record<'full' | 'patch', [number, number]>,
  after: Record<'full' | 'patch', [number, number]>,
): ClusterFigures['builds'] {
  const times = (kind: 'full' | 'patch'): BuildTimes => {
    const count = after[kind][0] - before[kind][0];
    const seconds = after[kind][1] - before[kind][1];
    return { count, meanMs: count === 0 ? null : (seconds * 1000) / count };
  };
  return { full: times('full'), patch: times('patch') };
}

/**
 * The simulated cluster in this process (the bench elects leaders and kills tasks on it) and
 * Stadium, compiled as the package ships it, in its own process pointed at it: Stadium's memory
 * and event loop are then its own.
 */
async function startStadiumOn(shape: typeof LARGE, entry: string): Promise<StadiumUnderBench> {
  const cluster = createSimulatedCluster(shape);
  const served = await serveCluster(cluster, { host: '127.0.0.1' });
  cluster.startClock();
  try {
    const stadium = await startStadiumProcess(entry, [
      '--port',
      '0',
      '--mesos',
      served.masterUrls.join(','),
      '--marathon',
      served.marathonUrls.join(','),
      // The simulation builds its whole 100 MB SUBSCRIBED before it answers (a master streams
      // it): on a loaded machine that takes longer than the default 10 s.
      '--upstream-timeout',
      '300',
    ]);
    return {
      url: stadium.url,
      cluster,
      pid: stadium.child.pid ?? 0,
      masterUrls: served.masterUrls,
      async stop() {
        await stadium.stop();
        cluster.stopClock();
        await served.close();
      },
    };
  } catch (error) {
    cluster.stopClock();
    await served.close();
    throw error;
  }
}

/** Reconnects of Stadium's SUBSCRIBE stream, from its /metrics. */
async function mesosReconnects(stadium: BenchedStadium): Promise<number> {
  return (
    (await readMetric(
      stadium.url,
      'stadium_stream_reconnects_total',
      'stream="mesos-subscribe"',
    )) ?? 0
  );
}

async function openTasks(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; load: ColdLoad }> {
  const page = await context.newPage();
  return { page, load: await coldLoad(page, url) };
}

interface PageFigures {
  firstRowMs: number;
  consoleRowMs: number;
  filterMs: number | null;
  sliceBytes: number | null;
  /** Holds the recording page; closed by the caller. */
  context: BrowserContext;
  recorder: ReturnType<typeof recordApiTransfers>;
}

const COLD_LOADS = 3;

/** Loads /tasks and types a filter; then a fresh page (empty cache) records what polls cost. */
async function browserFigures(
  browser: Browser,
  stadium: BenchedStadium,
  notes: string[],
): Promise<PageFigures> {
  // A cold load is one sample of a noisy machine: the median of three fresh browsers is printed.
  const loads: ColdLoad[] = [];
  for (let sample = 0; sample < COLD_LOADS - 1; sample += 1) {
    const sampled = await browser.newContext({ locale: 'en-US' });
    loads.push((await openTasks(sampled, stadium.url)).load);
    await sampled.close();
  }
  const context = await browser.newContext({ locale: 'en-US' });
  const opened = await openTasks(context, stadium.url);
  loads.push(opened.load);
  let filterMs: number | null = null;
  try {
    filterMs = await filterRepaintMs(opened.page);
  } catch (error) {
    notes.push(`filter figure: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  await context.close();
  const recordingContext = await browser.newContext({ locale: 'en-US' });
  const page = await recordingContext.newPage();
  const recorder = recordApiTransfers(page);
  await coldLoad(page, stadium.url);
  const firstSlice = recorder.transfers.find((transfer) =>
    transfer.path.startsWith('/api/cluster/tasks?'),
  );
  return {
    firstRowMs: percentile50(loads.map((load) => load.firstRowMs)),
    consoleRowMs: percentile50(loads.map((load) => load.consoleRowMs)),
    filterMs,
    sliceBytes: firstSlice?.bytes ?? null,
    context: recordingContext,
    recorder,
  };
}

/** Body bytes per page poll over `durationMs` from now, or null without a recognisable poll. */
async function recordPolls(
  recorder: ReturnType<typeof recordApiTransfers>,
  during: Promise<unknown>,
): Promise<number | null> {
  const from = recorder.transfers.length;
  const start = Date.now();
  await during;
  const recorded: ApiTransfer[] = recorder.transfers.slice(from);
  const period = pollPeriodMs(recorded);
  return period === null ? null : bytesPerPoll(recorded, period, Date.now() - start);
}

async function measure(
  browser: Browser,
  upstream: ServerRequestLog,
  entry: string,
  shape: typeof LARGE,
): Promise<ClusterFigures> {
  const notes: string[] = [];
  const large = shape.agents >= 50;
  const started = performance.now();
  const stadium = await startStadiumOn(shape, entry);
  const { cluster, masterUrls } = stadium;
  let pageFigures: PageFigures | null = null;
  try {
    await waitForGeneration(stadium, 1);
    const startupMs = performance.now() - started;
    progress(`first snapshot after ${(startupMs / 1000).toFixed(1)} s`);
    if (!SCALE_ONLY) {
      try {
        pageFigures = await browserFigures(browser, stadium, notes);
      } catch (error) {
        notes.push(`browser figures: ${(error as Error).message.split('\n')[0] ?? ''}`);
      }
    }
    // Quiet: the large cluster's model polls every few minutes, its snapshot stays put meanwhile.
    const quiet = (await summary(stadium)) ?? (await waitForGeneration(stadium, 1));
    const quietPoll =
      pageFigures && (await recordPolls(pageFigures.recorder, sleep(QUIET_RECORDING_MS)));
    const afterQuiet = (await summary(stadium))?.status.generation ?? 0;
    const stayedQuiet = afterQuiet === quiet.status.generation;
    const warm = await processMemory(stadium);
    let search: SearchFigures | null = null;
    if (!SCALE_ONLY) {
      try {
        search = await searchFigures(stadium);
      } catch (error) {
        notes.push(`search figures: ${(error as Error).message.split('\n')[0] ?? ''}`);
      }
    }

    // Each election ends the stream; the proxy subscribes to the new leader for a fresh snapshot.
    const refreshed = (async () => {
      for (let n = 1; n <= REFRESHES; n++) {
        const reconnects = await mesosReconnects(stadium);
        const wholeBuilds = (await buildTotals(stadium.url)).full[0];
        cluster.mesos.electAnotherLeader();
        progress(`election ${n}: ${cluster.mesos.leader()?.address ?? 'no leader'} leads`);
        // Patches and Marathon re-reads make generations too: a fresh snapshot is a whole build.
        while (
          (await mesosReconnects(stadium)) === reconnects ||
          (await buildTotals(stadium.url)).full[0] === wholeBuilds
        ) {
          await sleep(200);
        }
        const next = await waitForGeneration(stadium, 1);
        progress(`election ${n}: snapshot ${next.status.generation} from the new leader`);
        if (next.status.feed !== 'stream') notes.push(`after election ${n} the model polls`);
      }
      return waitForGeneration(stadium, 1);
    })();
    const changedPoll = pageFigures ? await recordPolls(pageFigures.recorder, refreshed) : null;
    const settled = await refreshed;
    pageFigures?.recorder.stop();
    // Stadium gives back a subscription's peak (a collection once published): let it settle.
    await sleep(5_000);
    const afterRefreshes = await processMemory(stadium);

    const buildsBefore = await buildTotals(stadium.url);
    progress('task changes and Marathon scales on open pages');
    const live = await liveFigures(browser, stadium);
    notes.push(...live.notes);
    const readsWindows: ReadsWindow[] = [];
    let soakRssMb: number[] = [];
    if (large) {
      for (const pages of SCALE_ONLY ? [] : [1, 10]) {
        readsWindows.push(
          await readsWhilePagesOpen(
            browser,
            stadium,
            upstream,
            masterUrls,
            pages,
            READS_WINDOW_MS,
            settled.status.stateBytes,
          ),
        );
      }
      progress(`${SOAK_MS / 1000} s of task changes, RSS each minute`);
      soakRssMb = await rssUnderEvents(stadium, SOAK_MS, () => rssMb(stadium.pid));
    }
    const builds = buildsBetween(buildsBefore, await buildTotals(stadium.url));

    let readsPerInterval: ClusterFigures['readsPerInterval'] = null;
    if (!large && !SCALE_ONLY) {
      const context = await browser.newContext({ locale: 'en-US' });
      try {
        readsPerInterval = await readsWithPages(context, stadium, upstream, masterUrls);
      } catch (error) {
        notes.push(`upstream reads: ${(error as Error).message.split('\n')[0] ?? ''}`);
      } finally {
        await context.close();
      }
    }
    return {
      startupMs,
      firstRowMs: pageFigures?.firstRowMs ?? null,
      consoleRowMs: pageFigures?.consoleRowMs ?? null,
      filterMs: pageFigures?.filterMs ?? null,
      stateBytes: settled.status.stateBytes,
      sliceBytes: pageFigures?.sliceBytes ?? null,
      pollIntervalMs: quiet.status.pollIntervalMs,
      bytesPerQuietPoll: stayedQuiet ? quietPoll : null,
      bytesPerChangedPoll: changedPoll,
      warm,
      afterRefreshes,
      readsPerInterval,
      live,
      search,
      readsWindows,
      soakRssMb,
      builds,
      notes,
    };
  } finally {
    await pageFigures?.context.close();
    await stadium.stop();
  }
}

/** Upstream /master/state reads per model interval with one, then five, /tasks pages open. */
async function readsWithPages(
  context: BrowserContext,
  stadium: BenchedStadium,
  upstream: ServerRequestLog,
  masterUrls: readonly string[],
): Promise<{ onePage: number; fivePages: number }> {
  const intervalMs = (await waitForGeneration(stadium, 1)).status.pollIntervalMs;
  const count = async () => {
    const before = stateReads(upstream, masterUrls);
    await sleep(COUNT_WINDOW_MS);
    return ((stateReads(upstream, masterUrls) - before) * intervalMs) / COUNT_WINDOW_MS;
  };
  await openTasks(context, stadium.url);
  const onePage = await count();
  await Promise.all(Array.from({ length: 4 }, () => openTasks(context, stadium.url)));
  const fivePages = await count();
  return { onePage, fivePages };
}

function rows(small: ClusterFigures, large: ClusterFigures | null): FigureRow[] {
  const row = (
    figure: string,
    pick: (f: ClusterFigures) => number | null,
    format: (v: number | null) => string,
  ) => ({
    figure,
    small: format(pick(small)),
    large: format(large && pick(large)),
    ratio: ratio(large && pick(large), pick(small)),
  });
  return [
    row('stadium start to first cluster snapshot', (f) => f.startupMs, ms),
    row(
      'task change at master -> open task page + table, p50',
      (f) => f.live?.taskChange?.p50 ?? null,
      ms,
    ),
    row(
      'task change at master -> open task page + table, max',
      (f) => f.live?.taskChange?.max ?? null,
      ms,
    ),
    row(
      'Marathon scale by another client -> Apps page, p50',
      (f) => f.live?.marathonScale?.p50 ?? null,
      ms,
    ),
    row(
      'Marathon scale by another client -> Apps page, max',
      (f) => f.live?.marathonScale?.max ?? null,
      ms,
    ),
    row('search palette answer (/api/search over HTTP), p50', (f) => f.search?.p50 ?? null, ms),
    row('search palette answer (/api/search over HTTP), max', (f) => f.search?.max ?? null, ms),
    row('model poll interval', (f) => f.pollIntervalMs, ms),
    row('cold /tasks (fresh browser context) -> first task row painted', (f) => f.firstRowMs, ms),
    row("cold /tasks -> the console's own table shows rows", (f) => f.consoleRowMs, ms),
    row('filter keystroke -> first row repainted', (f) => f.filterMs, ms),
    row('/master/state bytes per poll', (f) => f.stateBytes, kb),
    row('first tasks slice bytes', (f) => f.sliceBytes, kb),
    row(
      '/master/state : slice',
      (f) => (f.sliceBytes ? f.stateBytes / f.sliceBytes : null),
      (v) => (v === null ? 'n/a' : `${Math.round(v)}:1`),
    ),
    row('bytes to the browser per page poll, snapshot unchanged', (f) => f.bytesPerQuietPoll, kb),
    row('bytes to the browser per page poll, snapshot changed', (f) => f.bytesPerChangedPoll, kb),
    row('Stadium RSS after warm-up (its own process)', (f) => f.warm.rssMb, mb),
    row('Stadium heap after warm-up', (f) => f.warm.heapMb, mb),
    row(`Stadium RSS after ${REFRESHES} fresh snapshots`, (f) => f.afterRefreshes.rssMb, mb),
    row(`Stadium heap after ${REFRESHES} fresh snapshots`, (f) => f.afterRefreshes.heapMb, mb),
    row('Stadium peak RSS by then (VmHWM)', (f) => f.afterRefreshes.peakRssMb, mb),
    row('snapshot patched after task events, mean build', (f) => f.builds.patch.meanMs, ms),
    row('snapshot built whole while tasks changed, mean', (f) => f.builds.full.meanMs, ms),
  ];
}

/** The figures worked on, as soon as a cluster is measured (a long run may be cut short). */
function reportEarly(figures: ClusterFigures): ClusterFigures {
  const change = figures.live?.taskChange;
  progress(
    `task change p50 ${ms(change?.p50 ?? null)} max ${ms(change?.max ?? null)} over ${change?.count ?? 0}; ` +
      `RSS ${mb(figures.warm.rssMb)} warm, ${mb(figures.afterRefreshes.rssMb)} after ${REFRESHES} snapshots, ` +
      `per minute ${figures.soakRssMb.map((v) => v.toFixed(0)).join(', ')} MB; ` +
      `patch mean ${ms(figures.builds.patch.meanMs)} (${figures.builds.patch.count}), full mean ${ms(figures.builds.full.meanMs)} (${figures.builds.full.count})`,
  );
  return figures;
}

async function main(): Promise<void> {
  const began = performance.now();
  const distDir = ensureBuiltConsole(ROOT);
  const entry = compiledStadium();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const upstream = recordServerRequests();
  try {
    const measureLarge = () => {
      console.log('bench: large cluster (10k agents, 100k extra tasks)');
      // BENCH_LARGE=0 skips the 10k-agent cluster (minutes of setup) for a quick run.
      return process.env.BENCH_LARGE === '0'
        ? null
        : measure(browser, upstream, entry, LARGE).then(reportEarly);
    };
    // BENCH_FOCUS=scale measures the large cluster first: its figures are the ones worked on.
    const largeFirst = SCALE_ONLY ? await measureLarge() : null;
    console.log('bench: small cluster (3 agents)');
    const small = reportEarly(await measure(browser, upstream, entry, SMALL));
    const large = SCALE_ONLY ? largeFirst : await measureLarge();
    printTable(
      'Stadium bench: small = 3 agents, large = 10k agents / 100k tasks',
      rows(small, large),
    );
    const bundle = checkInitialBundle(distDir);
    console.log(
      `\ninitial JS (what index.html loads up front): ${kb(bundle.totalGzipBytes)} gzip in ${bundle.files.length} files (goal <= 200 KB)`,
    );
    for (const window of large?.readsWindows ?? []) {
      console.log(
        `large: /master/state reads over ${window.windowMs / 1000} s with ${window.pages} tab(s) open after the initial snapshot: ${window.stateReads} (${kb(window.stateBytes)})`,
      );
    }
    if (large !== null && large.soakRssMb.length > 0) {
      console.log(
        `large: Stadium RSS (its own process) per minute over ${SOAK_MS / 1000} s of task changes: ${large.soakRssMb.map((v) => v.toFixed(0)).join(', ')} MB (goal <= 300 MB, flat)`,
      );
    }
    if (large?.search) {
      console.log(
        `large: slowest search query "${large.search.slowest.query}" p50 ${ms(large.search.slowest.p50)} over ${large.search.count} answers in all`,
      );
    }
    const reads = small.readsPerInterval;
    console.log(
      reads === null
        ? '\nupstream /master/state reads per model interval: n/a (the tasks page did not load)'
        : `\nupstream /master/state reads per model interval (small cluster): 1 page ${reads.onePage.toFixed(2)}, 5 pages ${reads.fivePages.toFixed(2)}`,
    );
    for (const note of [
      ...small.notes.map((n) => `small: ${n}`),
      ...(large?.notes ?? []).map((n) => `large: ${n}`),
    ]) {
      console.log(`note: ${note}`);
    }
    for (const [name, figures] of [
      ['small', small],
      ['large', large],
    ] as const) {
      if (figures === null) continue;
      const { full, patch } = figures.builds;
      console.log(
        `${name}: snapshots while tasks changed: ${patch.count} patched (mean ${ms(patch.meanMs)}), ${full.count} built whole (mean ${ms(full.meanMs)})`,
      );
    }
    console.log(
      `load average at the end: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(', ')}`,
    );
    console.log(
      `Stadium's node flags (from bin/stadium.js, as the stadium command starts): ${launcherNodeFlags().join(' ') || 'none'}`,
    );
    if (!SCALE_ONLY) printPackagedStart(await packagedStartRows());
    console.log(`\nbench took ${Math.round((performance.now() - began) / 1000)} s`);
    if (!SCALE_ONLY && (small.firstRowMs === null || large?.firstRowMs === null)) {
      process.exitCode = 1;
    }
  } finally {
    upstream.stop();
    await browser.close();
  }
}

await main();
