import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimulatedClusterOptions } from '../../mocks/index';
import { CLI_USAGE, loggableConfig, parseCliFlags } from './cli-flags';
import { createLog } from './observability/log';
import { packageRoot } from './package-root';
import { redactUserinfo } from './redact-secrets';
import { exitOnSignals, guardProcess, SHUTDOWN_GRACE_MS } from './graceful-shutdown';
import { startStadium, type RunningStadium } from './start-stadium';

/** The demo cluster `stadium` starts without --mesos/--marathon. */
const SIMULATION = { masters: 3, agents: 3, marathons: 3 } satisfies SimulatedClusterOptions;

const EXIT_USAGE = 2;

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  return String((pkg as { version?: unknown }).version);
}

async function main(): Promise<void> {
  const command = parseCliFlags(process.argv.slice(2), process.env);
  if (command.kind === 'help') return console.log(CLI_USAGE);
  if (command.kind === 'version') return console.log(`stadium ${version()}`);
  if (command.kind === 'error') {
    console.error(command.message);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const { options } = command;
  const log = createLog(options.logFormat);
  if (options.mesos === undefined) {
    const { masters, agents, marathons } = SIMULATION;
    log(
      `Stadium: no --mesos/--marathon given, starting the built-in simulated cluster ` +
        `(${masters} masters, ${agents} agents, ${marathons} Marathon instances)`,
      { event: 'startup', simulated: true },
    );
  } else {
    const [mesos, marathon] = [options.mesos, options.marathon ?? ''].map(redactUserinfo);
    log(`Stadium: Mesos from ${mesos}, Marathon from ${marathon}`, {
      event: 'startup',
      simulated: false,
    });
  }
  const config = loggableConfig(options);
  const pairs = Object.entries(config).map(([name, value]) => `${name}=${String(value)}`);
  log(`Stadium: configuration ${pairs.join(' ')}`, { event: 'config', config });

  let stadium: RunningStadium | undefined;
  guardProcess(log, () => {
    // Shut down as on SIGTERM, but say it failed; a supervisor restarts a clean process.
    const exit = () => process.exit(1);
    if (!stadium) return exit();
    const forced = setTimeout(exit, SHUTDOWN_GRACE_MS + 2_000);
    forced.unref();
    stadium.close().finally(exit);
  });
  try {
    stadium = await startStadium({
      ...options,
      upstreamTimeoutMs: Math.round(options.upstreamTimeout * 1000),
      simulation: SIMULATION,
      log,
      env: process.env,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `stadium: ${options.host}:${options.port} is already in use (choose another with --port or PORT)`
        : `stadium: ${redactUserinfo(error instanceof Error ? error.message : String(error))}`,
    );
    process.exitCode = 1;
    return;
  }
  log(`Stadium is serving the console at ${stadium.url}`, { event: 'listening', url: stadium.url });
  exitOnSignals(stadium, { log });
  const running = stadium;
  // htpasswd files are also watched; SIGHUP is the explicit way to re-read them.
  process.on('SIGHUP', () => running.reloadUsers());
}

await main();
