/** Builds the SPA, checks its initial bundle, and runs Playwright in Debian's Chromium (see system-packages.ts). */
import { spawnSync } from 'node:child_process';
import { checkInitialBundle, kb } from './check-bundle';
import { ensureChromium } from './system-packages';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

let chromiumPath: string;
try {
  chromiumPath = ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
const bundle = checkInitialBundle('dist');
console.log(`Initial JS: ${kb(bundle.totalGzipBytes)} gzip in ${bundle.files.length} files`);
if (bundle.problems.length > 0) {
  console.error(`Bundle check failed: ${bundle.problems.join('; ')}`);
  process.exit(1);
}
run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromiumPath,
});
