/**
 * `npm run dev`: Stadium (by default on the simulated cluster) on 127.0.0.1:8090, plus the Vite
 * dev server, which proxies /api to it (vite.config.ts). Flags are Stadium's own; signals go to
 * Vite, and Stadium closes when Vite exits.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCliFlags } from '../src/server/cli-flags';
import { createLog } from '../src/server/observability/log';
import { startStadium } from '../src/server/start-stadium';

const command = parseCliFlags(process.argv.slice(2), process.env);
if (command.kind !== 'run') {
  console.error(
    command.kind === 'error' ? command.message : 'npm run dev takes Stadium flags only',
  );
  process.exit(2);
}
const { options } = command;
if (options.mesos === undefined) {
  console.log('Stadium dev: no --mesos/--marathon given, starting the built-in simulated cluster');
}
const stadium = await startStadium({ ...options, log: createLog(options.logFormat) });
console.log(`Stadium dev: API at ${stadium.url}; starting Vite`);

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const vite = spawn(process.execPath, [viteBin], {
  stdio: 'inherit',
  env: { ...process.env, STADIUM_DEV_PROXY: stadium.url },
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => vite.kill(signal));
}
vite.on('exit', (code, signal) => {
  void stadium.close().finally(() => process.exit(code ?? (signal ? 1 : 0)));
});
