import { readFileSync } from 'node:fs';
import type { SimulatedClusterOptions } from '../../mocks/index';
import { CLI_USAGE, parseCliFlags } from './cli-flags';
import { redactUserinfo } from './redact-secrets';
import { startStadium, type RunningStadium } from './start-stadium';

/** The demo cluster `stadium` starts without --mesos/--marathon. */
const SIMULATION = { masters: 3, agents: 3, marathons: 3 } satisfies SimulatedClusterOptions;

const EXIT_USAGE = 2;

function version(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
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
  if (options.mesos === undefined) {
    const { masters, agents, marathons } = SIMULATION;
    console.log(
      `Stadium: no --mesos/--marathon given, starting the built-in simulated cluster ` +
        `(${masters} masters, ${agents} agents, ${marathons} Marathon instances)`,
    );
  } else {
    const [mesos, marathon] = [options.mesos, options.marathon ?? ''].map(redactUserinfo);
    console.log(`Stadium: Mesos from ${mesos}, Marathon from ${marathon}`);
  }

  let stadium: RunningStadium;
  try {
    stadium = await startStadium({ ...options, simulation: SIMULATION, env: process.env });
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
  console.log(`Stadium is serving the console at ${stadium.url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`Stadium: ${signal}, shutting down`);
    stadium.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`stadium: shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGHUP', () => stadium.reloadUsers());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
