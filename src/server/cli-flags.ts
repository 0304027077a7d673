import { DEFAULT_SESSION_IDLE_MINUTES } from './access/sessions';
import { parseUpstreamSource } from './upstream-source';

/** Access control and TLS (src/server/access/): files are read when Stadium starts. */
export interface AccessFlags {
  readOnly?: true;
  /** Listen on a non-loopback address without sign-in, on purpose. */
  noAuth?: true;
  operators?: string;
  viewers?: string;
  sessionKeyFile?: string;
  sessionIdleMinutes?: number;
  mesosCredentials?: string;
  marathonCredentials?: string;
  tlsCert?: string;
  tlsKey?: string;
  caFile?: string;
  auditLog?: string;
}

export interface CliRunOptions extends AccessFlags {
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

Access (see README "Running for a team"):
  --operators <file>        htpasswd file (htpasswd -B) of people who may change the cluster
  --viewers <file>          htpasswd file of people who may only look
  --session-key-file <file> key that signs sessions (>= 32 bytes; default: random at each start)
  --session-idle <minutes>  sessions end after this long unused (default ${DEFAULT_SESSION_IDLE_MINUTES})
  --read-only               refuse every write, for everyone
  --no-auth                 serve a non-loopback --host without sign-in (behind an authenticating proxy)
  --audit-log <file>        append one JSON line per write that passed Stadium
  --tls-cert <file>         serve HTTPS with this certificate (PEM) ...
  --tls-key <file>          ... and its private key
  --ca-file <file>          also trust this CA (PEM) for https:// upstreams
  --mesos-credentials <file>    principal:secret sent as HTTP Basic to masters and agents
                                (or env STADIUM_MESOS_CREDENTIALS)
  --marathon-credentials <file> principal:secret sent as HTTP Basic to Marathon
                                (or env STADIUM_MARATHON_CREDENTIALS)

Give both --mesos and --marathon, or neither to start the built-in simulated cluster.`;

const VALUE_FLAGS = [
  'port',
  'host',
  'public-url',
  'mesos',
  'marathon',
  'operators',
  'viewers',
  'session-key-file',
  'session-idle',
  'audit-log',
  'tls-cert',
  'tls-key',
  'ca-file',
  'mesos-credentials',
  'marathon-credentials',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const SWITCHES = ['read-only', 'no-auth'] as const;
type Switch = (typeof SWITCHES)[number];

/** Flags whose value is a file path, and the option each fills. */
const FILE_FLAGS = {
  operators: 'operators',
  viewers: 'viewers',
  'session-key-file': 'sessionKeyFile',
  'audit-log': 'auditLog',
  'tls-cert': 'tlsCert',
  'tls-key': 'tlsKey',
  'ca-file': 'caFile',
  'mesos-credentials': 'mesosCredentials',
  'marathon-credentials': 'marathonCredentials',
} as const satisfies Partial<Record<ValueFlag, keyof AccessFlags>>;

const MAX_SESSION_IDLE_MINUTES = 366 * 24 * 60;

/** Parses `stadium` arguments (without node and script) and the environment; never throws. */
export function parseCliFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const values = new Map<ValueFlag, string>();
  const switches = new Set<Switch>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    if (!arg.startsWith('--')) return error(`unexpected argument "${arg}" (see stadium --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const toggle = SWITCHES.find((candidate) => candidate === name);
    if (toggle) {
      if (eq !== -1) return error(`--${toggle} takes no value`);
      switches.add(toggle);
      continue;
    }
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
  const access = parseAccessFlags(values, switches, host);
  if (typeof access === 'string') return error(access);
  Object.assign(options, access);
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

function parseAccessFlags(
  values: ReadonlyMap<ValueFlag, string>,
  switches: ReadonlySet<Switch>,
  host: string,
): AccessFlags | string {
  const access: AccessFlags = {};
  const fileFlags = Object.entries(FILE_FLAGS) as [
    ValueFlag,
    (typeof FILE_FLAGS)[keyof typeof FILE_FLAGS],
  ][];
  for (const [flag, option] of fileFlags) {
    const value = values.get(flag);
    if (value === undefined) continue;
    if (value === '') return `--${flag} needs a file name`;
    access[option] = value;
  }
  if (switches.has('read-only')) access.readOnly = true;
  if (switches.has('no-auth')) access.noAuth = true;
  const idle = values.get('session-idle');
  if (idle !== undefined) {
    if (!/^\d{1,6}$/.test(idle) || Number(idle) < 1 || Number(idle) > MAX_SESSION_IDLE_MINUTES) {
      return `--session-idle must be a number of minutes from 1 to ${MAX_SESSION_IDLE_MINUTES}, got "${idle}"`;
    }
    access.sessionIdleMinutes = Number(idle);
  }
  if ((access.tlsCert === undefined) !== (access.tlsKey === undefined)) {
    return '--tls-cert and --tls-key go together (the certificate and its private key)';
  }
  const signIn = access.operators !== undefined || access.viewers !== undefined;
  if (access.noAuth && signIn) {
    return '--no-auth contradicts --operators/--viewers (sign-in); give one or the other';
  }
  if (!signIn && (access.sessionKeyFile !== undefined || idle !== undefined)) {
    return '--session-key-file and --session-idle need --operators or --viewers';
  }
  if (!signIn && !access.noAuth && !isLoopback(host)) {
    return (
      `--host ${host} lets other machines reach Stadium, and without sign-in anyone who can ` +
      'would have full write access to the cluster. Give --operators FILE and/or --viewers FILE ' +
      '(htpasswd -B files), or --no-auth to run open behind an authenticating proxy.'
    );
  }
  return access;
}

/** Only this machine can connect: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return (
    name === 'localhost' ||
    name === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) ||
    name === '::ffff:127.0.0.1'
  );
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
