import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SimulatedCluster } from '../mocks/index';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The `stadium` command of a checkout: the TypeScript source through tsx. */
export const CHECKOUT_BIN = fileURLToPath(new URL('../bin/stadium.js', import.meta.url));

/** A Stadium the bench measures, on a simulated cluster the bench serves. */
export interface BenchedStadium {
  url: string;
  cluster: SimulatedCluster;
}

export interface StadiumProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed, by line. */
  log: string[];
  /** SIGTERM, resolved once it has exited. */
  stop(): Promise<void>;
}

/**
 * The node flags the `stadium` command starts node with: those of its `#!/usr/bin/env -S node …`
 * line, where the installed command and `npm start` take them from.
 */
export function launcherNodeFlags(): string[] {
  const shebang = readFileSync(CHECKOUT_BIN, 'utf8').split('\n', 1)[0] ?? '';
  const words = shebang.replace(/^#!\S*env -S /, '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter(Boolean);
}

/**
 * Stadium in a process of its own (`node <flags> <entry> <args>`, with the flags its command
 * starts node with), as operators run it: its memory and event loop are its own, not shared with
 * the simulated cluster the bench serves. Resolves once it says where it serves the console.
 */
export async function startStadiumProcess(
  entry: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<StadiumProcess> {
  const child = spawn(process.execPath, [...launcherNodeFlags(), entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString().trimEnd()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`Stadium exited with ${code}: ${log.join('\n')}`)),
    );
    lines.on('line', (line) => {
      log.push(line);
      const match = /serving the console at (\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return {
    child,
    url,
    log,
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The server compiled as the package ships it (dist-server/stadium.js, esbuild, about a second):
 * a checkout's tsx loader would add its own compiler's memory to the figure.
 */
export function compiledStadium(): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-package.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('building dist-server/ failed');
  return fileURLToPath(new URL('../dist-server/stadium.js', import.meta.url));
}

/** Resident memory of a process now (VmRSS), or its peak so far (VmHWM), from /proc (Linux). */
export function rssMb(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${which}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** One sample of a Prometheus text exposition: `name{labels} value`; labels as written. */
export async function readMetric(url: string, name: string, labels = ''): Promise<number | null> {
  const response = await fetch(`${url}/metrics`);
  const text = await response.text();
  const wanted = labels === '' ? `${name} ` : `${name}{${labels}} `;
  const line = text.split('\n').find((candidate) => candidate.startsWith(wanted));
  return line === undefined ? null : Number(line.slice(wanted.length));
}
