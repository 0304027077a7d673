/**
 * Builds what the `stadium` package runs: the console (vite build into dist/, skipped while dist/
 * is newer than everything it is built from) and the server compiled to JavaScript in
 * dist-server/ (esbuild, about a second). `--console` builds only the console: `npm start` in a
 * checkout runs the server from its TypeScript source.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** What the console build reads; a change to any of them makes dist/ stale. */
const CONSOLE_INPUTS = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'public',
  'src/browser',
  'src/api',
];

const SERVER_OUT_DIR = 'dist-server';

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

function consoleBuildIsCurrent(root = '.'): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return false;
  const sources = Math.max(...CONSOLE_INPUTS.map((input) => newestMtimeMs(join(root, input))));
  return statSync(built).mtimeMs >= sources;
}

function buildConsole(): void {
  if (consoleBuildIsCurrent()) {
    console.error('stadium build: the console in dist/ is current');
    return;
  }
  // Progress goes to stderr: `npm pack --json` prints its report on stdout.
  const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: ['inherit', 2, 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function buildServer(): Promise<void> {
  rmSync(SERVER_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { stadium: 'src/server/cli.ts' },
    outdir: SERVER_OUT_DIR,
    bundle: true,
    // The simulated cluster stays a separate chunk, loaded only when no upstream is given.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Runtime dependencies are installed beside the package, not copied into it.
    packages: 'external',
    logLevel: 'warning',
  });
  console.error(`stadium build: server compiled to ${SERVER_OUT_DIR}/`);
}

buildConsole();
if (!process.argv.includes('--console')) await buildServer();
