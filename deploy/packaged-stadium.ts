import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Runs npm; its stdout, or an error with its stderr. */
export function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

export interface PackagedStadium {
  child: ChildProcess;
  /** Where it serves, from its JSON "listening" line. */
  url: string;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts an installed `stadium` command on a free port, on the simulated cluster (no upstream
 * flags), and resolves once it says where it listens: the package test and the start bench.
 */
export async function startPackagedStadium(command: string, cwd: string): Promise<PackagedStadium> {
  const { PORT: _port, HOST: _host, ...env } = process.env;
  const child = spawn(command, [], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...env, STADIUM_PORT: '0', STADIUM_LOG_FORMAT: 'json' },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  let url = '';
  for await (const line of createInterface({ input: child.stdout ?? process.stdin })) {
    const record = JSON.parse(line) as { event?: string; url?: string };
    if (record.event === 'listening') {
      url = record.url ?? '';
      break;
    }
  }
  if (!url) {
    await stop();
    throw new Error(`${command} ended without saying where it listens`);
  }
  return { child, url, stop };
}
