import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src/browser', 'src/api', 'index.html', 'vite.config.ts', 'public'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Runs `vite build` when dist/ is missing or older than the console's sources. */
export function ensureBuiltConsole(root: string): string {
  const distDir = join(root, 'dist');
  const index = join(distDir, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(join(root, source))));
  if (builtAt < changedAt) {
    console.log('bench: building the console (vite build)');
    const vite = join(root, 'node_modules', '.bin', 'vite');
    const result = spawnSync(vite, ['build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  return distDir;
}
