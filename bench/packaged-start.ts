/**
 * How fast the packaged `stadium` command starts: packs the project (prepack builds), installs
 * the tarball as the Dockerfile does (runtime dependencies only) and starts it on the simulated
 * cluster a few times. Measured to the "listening" line and to the first `/healthz` answer, with
 * the process's CPU time then, next to a bare `node` start in the same run: on a loaded 2-core
 * machine wall time swings, the ratio and the CPU time much less.
 * Runs inside `npm run bench`, or alone: `node --import tsx bench/packaged-start.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npm, startPackagedStadium } from '../deploy/packaged-stadium';
import { ms } from './table';
import { percentile50 } from './live-figures';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STARTS = 3;
/** Linux clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

interface Start {
  listeningMs: number;
  healthzMs: number;
  cpuMs: number;
}

function cpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces) start at ") ".
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks / CLOCK_TICKS) * 1000;
}

async function startOnce(command: string, cwd: string): Promise<Start> {
  const started = performance.now();
  const stadium = await startPackagedStadium(command, cwd);
  try {
    const listeningMs = performance.now() - started;
    const health = await fetch(`${stadium.url}/healthz`);
    const healthzMs = performance.now() - started;
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
    return { listeningMs, healthzMs, cpuMs: cpuMs(stadium.child.pid ?? 0) };
  } finally {
    await stadium.stop();
  }
}

function bareNodeMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  return performance.now() - started;
}

/** `[figure, value, goal]` rows. */
export type StartRow = [string, string, string?];

export async function packagedStartRows(): Promise<StartRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'stadium-bench-package-'));
  try {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as {
      filename: string;
    }[];
    const prefix = join(work, 'prefix');
    npm(
      [
        'install',
        '--global',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--prefix',
        prefix,
        join(work, packed?.filename ?? ''),
      ],
      work,
    );
    const starts: Start[] = [];
    const bare: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      bare.push(bareNodeMs());
      starts.push(await startOnce(join(prefix, 'bin', 'stadium'), work));
    }
    const healthz = percentile50(starts.map((start) => start.healthzMs));
    const bareNode = percentile50(bare);
    return [
      [
        'packaged stadium: start to "listening"',
        ms(percentile50(starts.map((s) => s.listeningMs))),
      ],
      ['packaged stadium: start to /healthz 200', ms(healthz), 'goal < 2000 ms'],
      ['packaged stadium: CPU time by then', ms(percentile50(starts.map((s) => s.cpuMs)))],
      ['bare `node -e ""` start (same run)', ms(bareNode)],
      ['start to /healthz / bare node start', `${(healthz / bareNode).toFixed(1)}x`],
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printPackagedStart(rows: readonly StartRow[]): void {
  console.log(`\nPackaged start (median of ${STARTS}, simulated cluster)\n`);
  const width = Math.max(...rows.map(([figure]) => figure.length));
  for (const [figure, value, goal = ''] of rows) {
    console.log(`  ${figure.padEnd(width)}  ${value.padStart(8)}  ${goal}`.trimEnd());
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printPackagedStart(await packagedStartRows());
}
