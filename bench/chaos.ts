/**
 * `npm run bench:chaos`: 20 clients browse and write through a real Stadium process for a few
 * minutes while the simulated cluster misbehaves: both leaders flap every 10 s, a standby master
 * hangs, the leader truncates /master/state and answers garbage, a malformed member joins
 * ZooKeeper, and ZooKeeper itself restarts. Stadium finds the cluster through zk:// strings on a
 * real ZooKeeper (Debian's `zookeeper`). Prints figures with their goals; bounded by
 * `--seconds N` (or CHAOS_SECONDS), default 180. Not part of `npm test`.
 */
import {
  createSimulatedCluster,
  registerInZooKeeper,
  serveCluster,
  type SimulatedCluster,
  type ZooKeeperRegistration,
} from '../mocks';
import type { ClusterStatus } from '../src/api/cluster';
import { recordServerRequests } from '../src/server/test-support/server-requests';
import { startZooKeeperServer } from '../src/server/test-support/zookeeper-server';
import { CHECKOUT_BIN, rssMb, startStadiumProcess } from './stadium-process';

const CLIENTS = 20;
const FLAP_EVERY_MS = 10_000;
const UPSTREAM_TIMEOUT_S = 10;
const WARM_UP_MS = 10_000;
/** Every client request carries it, as the console does (Stadium's write pipeline asks for it). */
const CONSOLE_HEADERS = { 'X-Stadium-Console': '1' };

function durationMs(): number {
  const flag = process.argv.indexOf('--seconds');
  const text = flag !== -1 ? process.argv[flag + 1] : process.env['CHAOS_SECONDS'];
  const seconds = text === undefined ? 180 : Number(text);
  if (!Number.isFinite(seconds) || seconds < 30) {
    throw new Error(`--seconds / CHAOS_SECONDS must be a number of seconds >= 30, got "${text}"`);
  }
  return seconds * 1000;
}

/** Wall-clock start of the run, for the times printed next to slow leader follows. */
let runStartedAt = Date.now();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Figures {
  requests: number;
  getsFailed: { what: string; status: string; at: string }[];
  writes: number;
  writesFailed: number;
  slowest: { ms: number; what: string };
  follow: { ms: number; what: string }[];
}

/** One browsing (and now and then writing) operator. */
async function client(
  index: number,
  base: string,
  cluster: SimulatedCluster,
  until: number,
  figures: Figures,
  writeIds: string[],
): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    n++;
    const agent = cluster.agents()[n % cluster.agents().length]?.id ?? 'none';
    const reads = [
      '/api/cluster',
      '/api/cluster/summary',
      '/api/cluster/tasks?state=active&limit=50',
      '/api/cluster/agents',
      '/api/cluster/frameworks',
      '/api/mesos/master/state-summary',
      '/api/mesos/metrics/snapshot',
      '/api/marathon/v2/apps',
      '/api/marathon/v2/deployments',
      `/api/agents/${agent}/state`,
    ];
    const write = n % 10 === 0;
    const writeId = `w${index}-${n}`;
    const path = write
      ? `/api/marathon/v2/apps/chaos/client-${index}?force=true&write=${writeId}`
      : (reads[(n * 7 + index) % reads.length] ?? '/api/cluster');
    const started = performance.now();
    let status: string;
    try {
      const response = await fetch(`${base}${path}`, {
        method: write ? 'PUT' : 'GET',
        headers: { ...CONSOLE_HEADERS, ...(write && { 'Content-Type': 'application/json' }) },
        ...(write && {
          body: JSON.stringify({ cmd: 'sleep 1000', cpus: 0.01, mem: 16, instances: 0 }),
        }),
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      status = String(response.status);
    } catch (error) {
      status = `network error (${(error as Error).message})`;
    }
    const took = performance.now() - started;
    figures.requests++;
    if (took > figures.slowest.ms) figures.slowest = { ms: took, what: `${path} -> ${status}` };
    const failed = !/^[1-4]\d\d$/.test(status);
    if (write) {
      figures.writes++;
      writeIds.push(writeId);
      if (failed) figures.writesFailed++;
    } else if (failed) {
      figures.getsFailed.push({ what: path, status, at: secondsIntoRun() });
    }
    await sleep(50 + ((index * 37 + n * 13) % 150));
  }
}

/** Seconds since the clients started, to place a figure among the chaos events. */
function secondsIntoRun(): string {
  return `${((Date.now() - runStartedAt) / 1000).toFixed(1)} s`;
}

/** Flips a side's leader and measures until Stadium's /api/cluster names the new one. */
async function flip(
  side: 'mesos' | 'marathon',
  cluster: SimulatedCluster,
  registration: ZooKeeperRegistration,
  base: string,
  figures: Figures,
  hung: ReadonlySet<string>,
): Promise<void> {
  // The next node in turn that is not hanging wins the election.
  const nodes = side === 'mesos' ? cluster.mesos.masters() : cluster.marathon.instances();
  const current = nodes.findIndex((node) => node.leader);
  const next = [1, 2, 3]
    .map((step) => (current + step) % nodes.length)
    .find((index) => !hung.has(nodes[index]?.address ?? ''));
  cluster[side].electAnotherLeader(next);
  const started = performance.now();
  const wanted = `http://${cluster[side].leader()?.address}`;
  void registration.sync();
  const deadline = started + 30_000;
  while (performance.now() < deadline) {
    try {
      const status = (await (await fetch(`${base}/api/cluster`)).json()) as ClusterStatus;
      if (status[side].leader === wanted) break;
    } catch {
      // Counted by the clients; here only the leader matters.
    }
    await sleep(20);
  }
  figures.follow.push({
    ms: performance.now() - started,
    what: `${side} -> ${wanted} at ${secondsIntoRun()}`,
  });
}

async function main(): Promise<void> {
  const runMs = durationMs();
  console.log(`Chaos bench: ${CLIENTS} clients for ${runMs / 1000} s (bounded by --seconds)`);
  const zk = await startZooKeeperServer();
  const cluster = createSimulatedCluster({ agents: 5 });
  const served = await serveCluster(cluster);
  cluster.startClock();
  const registration = await registerInZooKeeper(cluster, zk.connectionString);
  const upstream = recordServerRequests();
  // Stadium as operators run it: its own process, the `stadium` command, zk:// discovery.
  const stadium = await startStadiumProcess(CHECKOUT_BIN, [
    '--port',
    '0',
    '--mesos',
    registration.mesos,
    '--marathon',
    registration.marathon,
    '--upstream-timeout',
    String(UPSTREAM_TIMEOUT_S),
  ]);
  const pid = stadium.child.pid ?? 0;
  // Stadium exiting mid-run is the worst outcome there is: say so at once, with its last words.
  const onEarlyExit = (code: number | null, signal: string | null) => {
    console.error(
      `Stadium exited during the run (code ${code}, signal ${signal}); its last lines:`,
    );
    console.error(stadium.log.slice(-40).join('\n'));
    process.exit(1);
  };
  stadium.child.once('exit', onEarlyExit);
  const figures: Figures = {
    requests: 0,
    getsFailed: [],
    writes: 0,
    writesFailed: 0,
    slowest: { ms: 0, what: '' },
    follow: [],
  };
  const events: string[] = [];
  const at = (label: string) => {
    events.push(`${((performance.now() - startedAt) / 1000).toFixed(1)} s: ${label}`);
  };

  const startedAt = performance.now();
  runStartedAt = Date.now();
  const until = Date.now() + runMs;
  const writeIds: string[] = [];
  const clients = Array.from({ length: CLIENTS }, (_, i) =>
    client(i, stadium.url, cluster, until, figures, writeIds),
  );
  // RSS at start: once the clients have warmed Stadium up (JIT, pools, the first snapshots).
  await sleep(WARM_UP_MS);
  const rssStart = rssMb(pid);

  const chaos = (async () => {
    const removals: (() => void | Promise<void>)[] = [];
    const hung = new Set<string>();
    const hangAt = runMs * 0.2;
    const truncateAt = runMs * 0.4;
    const malformedAt = runMs * 0.5;
    const zkRestartAt = runMs * 0.65;
    let tick = 0;
    const done = new Set<string>();
    while (Date.now() < until - 2_000) {
      const elapsed = performance.now() - startedAt;
      if (elapsed >= hangAt && !done.has('hang')) {
        done.add('hang');
        const standby = cluster.mesos.masters().find((master) => !master.leader);
        if (standby) {
          at(`standby master ${standby.address} hangs for 20 s`);
          const remove = cluster.faults.inject({ node: standby.address, hang: true });
          hung.add(standby.address);
          setTimeout(() => {
            remove();
            hung.delete(standby.address);
          }, 20_000);
          removals.push(remove);
        }
      }
      if (elapsed >= truncateAt && !done.has('truncate')) {
        done.add('truncate');
        at('the masters truncate /master/state for 10 s, then answer garbage for 10 s');
        const truncate = cluster.faults.inject({ path: '/master/state', truncate: true });
        removals.push(truncate);
        setTimeout(() => {
          truncate();
          const garbage = cluster.faults.inject({ path: '/master/state', garbage: true });
          removals.push(garbage);
          setTimeout(garbage, 10_000);
        }, 10_000);
      }
      if (elapsed >= malformedAt && !done.has('malformed')) {
        done.add('malformed');
        at('a malformed member (port 99999) joins the Mesos znodes for 20 s');
        const remove = await registration.addMalformedMember(
          'mesos',
          JSON.stringify({ address: { ip: '10.0.0.9', port: 99999 }, hostname: 'm 9' }),
        );
        removals.push(remove);
        setTimeout(() => void remove().catch(() => undefined), 20_000);
      }
      if (elapsed >= zkRestartAt && !done.has('zk')) {
        done.add('zk');
        at('ZooKeeper stops, 3 s later it starts again');
        await zk.halt();
        await sleep(3_000);
        await zk.resume();
        at('ZooKeeper is back');
      }
      const side = tick % 2 === 0 ? 'mesos' : 'marathon';
      await flip(side, cluster, registration, stadium.url, figures, hung);
      tick++;
      await sleep(FLAP_EVERY_MS / 2);
    }
    cluster.faults.clear();
  })();

  await Promise.all([...clients, chaos]);
  const rssEnd = rssMb(pid);

  const stopStarted = performance.now();
  stadium.child.off('exit', onEarlyExit);
  const exitCode = await new Promise<number | null>((resolve) => {
    stadium.child.once('exit', resolve);
    stadium.child.kill('SIGTERM');
  });
  const stopMs = performance.now() - stopStarted;

  // A write is duplicated when more than one Marathon instance request carried its id.
  const marathonPorts = new Set(served.marathonUrls.map((url) => Number(new URL(url).port)));
  const receipts = new Map<string, number>();
  for (const request of upstream.requests) {
    if (!marathonPorts.has(request.port)) continue;
    const id = /[?&]write=([^&]+)/.exec(request.url)?.[1];
    if (id) receipts.set(id, (receipts.get(id) ?? 0) + 1);
  }
  const duplicated = [...receipts.values()].filter((count) => count > 1).length;
  upstream.stop();

  await registration.close();
  cluster.stopClock();
  await served.close();
  await zk.stop();

  const longestFollow = figures.follow.reduce((a, b) => (b.ms > a.ms ? b : a), {
    ms: 0,
    what: '',
  });
  const followSorted = figures.follow.map((f) => f.ms).sort((a, b) => a - b);
  const median = followSorted[Math.floor(followSorted.length / 2)] ?? 0;
  const crashed = stadium.log.filter((line) => /fatal|unhandled rejection/i.test(line));
  console.log('\nChaos events');
  for (const event of events) console.log(`  ${event}`);
  console.log(`\nChaos figures (${runMs / 1000} s, ${CLIENTS} clients)\n`);
  const rows: [string, string, string][] = [
    ['requests served', String(figures.requests), ''],
    ['GETs failed after retry', String(figures.getsFailed.length), 'goal 0'],
    ['writes sent / failed', `${figures.writes} / ${figures.writesFailed}`, ''],
    ['writes duplicated upstream', String(duplicated), 'goal 0'],
    ['leader changes followed', `${figures.follow.length} (median ${Math.round(median)} ms)`, ''],
    ['longest leader-follow time', `${Math.round(longestFollow.ms)} ms`, 'goal <= 1000 ms'],
    [
      'slowest answer',
      `${Math.round(figures.slowest.ms)} ms`,
      `goal <= ${UPSTREAM_TIMEOUT_S * 1000} ms`,
    ],
    [
      'Stadium RSS after warm-up / end',
      `${rssStart.toFixed(1)} / ${rssEnd.toFixed(1)} MB`,
      'goal: within 50 MB',
    ],
    ['shutdown on SIGTERM', `${Math.round(stopMs)} ms, exit ${exitCode}`, 'goal: exit 0'],
    ['fatal / unhandled log lines', String(crashed.length), 'goal 0'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  for (const [name, value, goal] of rows) {
    console.log(`  ${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${goal}`);
  }
  console.log(`\n  longest follow: ${longestFollow.what}; slowest: ${figures.slowest.what}`);
  for (const slow of figures.follow.filter((follow) => follow.ms > 1_000)) {
    console.log(`  follow over 1 s: ${Math.round(slow.ms)} ms, ${slow.what}`);
  }
  if (figures.getsFailed.length > 0) {
    console.log('\nFailed GETs');
    for (const failure of figures.getsFailed.slice(0, 20)) {
      console.log(`  ${failure.status}  ${failure.what} at ${failure.at}`);
    }
  }
  if (crashed.length > 0) console.log(`\n${crashed.join('\n')}`);
}

await main();
