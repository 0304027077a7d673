import { parseUpstreamSource } from './upstream-source';

export interface CliRunOptions {
  port: number;
  host: string;
  /** Validated --public-url origin, e.g. `https://stadium.example.com`. */
  publicUrl?: string;
  /** Validated --mesos / --marathon values; both absent means the simulated cluster. */
  mesos?: string;
  marathon?: string;
}

export type CliCommand =
  | { kind: 'run'; options: CliRunOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const DEFAULT_PORT = 8090;
export const DEFAULT_HOST = '127.0.0.1';

export const CLI_USAGE = `Usage: stadium [flags]

A web console for Apache Mesos + Marathon behind a leader-following proxy.

Flags:
  --port <n>         port to listen on (env PORT; default ${DEFAULT_PORT})
  --host <addr>      address to listen on (default ${DEFAULT_HOST})
  --public-url <url> the address users open, behind a load balancer or DNS name
                     (e.g. https://stadium.example.com); other Host names are refused
  --mesos <where>    Mesos masters: http://m1:5050,http://m2:5050 or zk://h1:2181,h2:2181/mesos
  --marathon <where> Marathon instances: http://m1:8080,http://m2:8080 or zk://h1:2181/marathon
  --help             show this help
  --version          print the version

Give both --mesos and --marathon, or neither to start the built-in simulated cluster.`;

type ValueFlag = 'port' | 'host' | 'public-url' | 'mesos' | 'marathon';
const VALUE_FLAGS: readonly ValueFlag[] = ['port', 'host', 'public-url', 'mesos', 'marathon'];

/** Parses `stadium` arguments (without node and script) and the environment; never throws. */
export function parseCliFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const values = new Map<ValueFlag, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    if (!arg.startsWith('--')) return error(`unexpected argument "${arg}" (see stadium --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const flag = VALUE_FLAGS.find((candidate) => candidate === name);
    if (!flag) return error(`unknown flag --${name} (see stadium --help)`);
    if (values.has(flag)) return error(`--${flag} is given more than once`);
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return error(`--${flag} needs a value`);
      i++;
    }
    values.set(flag, value);
  }

  const port = parsePort(values.get('port'), env['PORT']);
  if (typeof port === 'string') return error(port);
  const given = values.get('host') ?? DEFAULT_HOST;
  // Operators write IPv6 addresses as in URLs ([::1]); listen() wants them bare.
  const host = /^\[.*\]$/.test(given) ? given.slice(1, -1) : given;
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    return error(`--host "${given}" is not a host name or address`);

  const options: CliRunOptions = { port, host };
  const publicUrl = values.get('public-url');
  if (publicUrl !== undefined) {
    const origin = parsePublicUrl(publicUrl);
    if (origin === null) {
      return error(
        `--public-url "${publicUrl}" must be an http:// or https:// address without path, ` +
          'query or credentials, e.g. https://stadium.example.com',
      );
    }
    options.publicUrl = origin;
  }
  for (const flag of ['mesos', 'marathon'] as const) {
    const value = values.get(flag);
    if (value === undefined) continue;
    const parsed = parseUpstreamSource(value);
    if ('error' in parsed) return error(`--${flag} ${parsed.error}`);
    options[flag] = parsed.text;
  }
  if (options.mesos !== undefined && options.marathon === undefined) {
    return error(
      '--marathon is required with --mesos (give both, or neither for the simulated cluster)',
    );
  }
  if (options.marathon !== undefined && options.mesos === undefined) {
    return error(
      '--mesos is required with --marathon (give both, or neither for the simulated cluster)',
    );
  }
  return { kind: 'run', options };
}

function parsePort(flagValue: string | undefined, envValue: string | undefined): number | string {
  const [source, value] = flagValue !== undefined ? ['--port', flagValue] : ['PORT', envValue];
  if (value === undefined || (source === 'PORT' && value === '')) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    return `${source} must be a port number from 0 to 65535, got "${value}"`;
  }
  return Number(value);
}

function parsePublicUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const plain = !url.username && !url.password && !url.search && !url.hash && url.pathname === '/';
  return (url.protocol === 'http:' || url.protocol === 'https:') && plain ? url.origin : null;
}

function error(message: string): CliCommand {
  return { kind: 'error', message: `stadium: ${message}` };
}
