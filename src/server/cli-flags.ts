import { accessSync, constants, statSync } from 'node:fs';
import { LOG_FORMATS, type LogFormat } from './observability/log';
import { DEFAULT_SESSION_IDLE_MINUTES } from './access/sessions';
import { redactUserinfo } from './redact-secrets';
import { parseUpstreamSource } from './upstream-source';

/** A value a flag turns into, or why the text given for it is not one (without the flag's name). */
type Parsed<T> = { value: T } | { error: string };

/** A parse failure; a function rather than a literal so it does not widen the value type. */
function invalid(reason: string): { error: string } {
  return { error: reason };
}

export type FlagKind = 'boolean' | 'string' | 'number' | 'file';

interface KindValue {
  boolean: boolean;
  string: string;
  number: number;
  file: string;
}

/** One command-line flag; its environment variable is STADIUM_<NAME> (`-` → `_`, uppercase). */
export interface FlagSpec<K extends FlagKind = FlagKind, T = KindValue[K]> {
  kind: K;
  /** What the value looks like in --help, e.g. `<n>`; boolean flags take none. */
  arg?: string;
  help: string;
  /** Another variable read after STADIUM_<NAME> (PORT and HOST, as platforms set them). */
  alsoEnv?: string;
  /**
   * Its STADIUM_<NAME> variable holds the secret itself rather than a file name, and is read
   * where the file is (upstream credentials: a platform passes secrets as text).
   */
  envHoldsText?: true;
  /** Value when neither the flag nor its variables are given; absent means the option is absent. */
  default?: T;
  /** Shown in --help instead of the default value. */
  defaultText?: string;
  /** What a valid value is, in errors: `must be <expected>, got "…"`. */
  expected?: string;
  /** Checks and converts the kind's value; returns why it is wrong without the flag's name. */
  parse?(value: KindValue[K]): Parsed<T>;
  /** How the value appears in the startup log; `redacted` for secrets. Default: as it is. */
  redact?(value: T): string;
}

/** For `redact` of a flag whose value is a secret. */
export const redacted = (): string => '(redacted)';

/** Types the entry's `parse` by its kind. */
function flag<K extends FlagKind, T = KindValue[K]>(spec: FlagSpec<K, T>): FlagSpec<K, T> {
  return spec;
}

type AnyFlag = FlagSpec<FlagKind, unknown>;

export const DEFAULT_PORT = 8090;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_UPSTREAM_TIMEOUT_S = 10;
/** An hour: beyond that a "timeout" is a hang by another name. */
const MAX_UPSTREAM_TIMEOUT_S = 3_600;
/** A month: a longer-lived session is a credential that never expires. */
const MAX_SESSION_IDLE_MINUTES = 43_200;

/** The options `stadium` runs with: one field per flag; flags with a default are always present. */
export interface CliRunOptions {
  port: number;
  host: string;
  /** The origin users open (behind a load balancer or a DNS name); its host is served too. */
  publicUrl?: string;
  /** Validated --mesos / --marathon values; both absent means the simulated cluster. */
  mesos?: string;
  marathon?: string;
  logFormat: LogFormat;
  /** Refuse every write, for everyone. */
  readOnly?: boolean;
  /** Listen on a non-loopback address without sign-in, on purpose (behind an authenticating proxy). */
  noAuth?: boolean;
  operators?: string;
  viewers?: string;
  sessionKeyFile?: string;
  /** Minutes a session may stay unused. */
  sessionIdle?: number;
  mesosCredentials?: string;
  marathonCredentials?: string;
  tlsCert?: string;
  tlsKey?: string;
  caFile?: string;
  auditLog?: string;
  /** --upstream-timeout: seconds before an unanswered upstream request becomes a 504. */
  upstreamTimeout: number;
}

/**
 * Every flag of `stadium`, keyed by its option name (camelCase of the flag). An entry here and its
 * field in CliRunOptions make the flag, its STADIUM_<FLAG> variable and its --help line.
 */
export const FLAGS: {
  [N in keyof CliRunOptions]-?: FlagSpec<FlagKind, NonNullable<CliRunOptions[N]>>;
} = {
  port: flag({
    kind: 'number',
    arg: '<n>',
    help: 'port to listen on',
    alsoEnv: 'PORT',
    default: DEFAULT_PORT,
    expected: 'a port number from 0 to 65535',
    parse: (port) =>
      Number.isInteger(port) && port <= 65535
        ? { value: port }
        : invalid(`must be a port number from 0 to 65535, got "${port}"`),
  }),
  host: flag({
    kind: 'string',
    arg: '<addr>',
    help: 'address to listen on (0.0.0.0 to serve other machines)',
    alsoEnv: 'HOST',
    default: DEFAULT_HOST,
    parse: (given) => {
      // Operators write IPv6 addresses as in URLs ([::1]); listen() wants them bare.
      const host = /^\[.*\]$/.test(given) ? given.slice(1, -1) : given;
      return /^[A-Za-z0-9.:-]+$/.test(host)
        ? { value: host }
        : invalid(`"${given}" is not a host name or address`);
    },
  }),
  publicUrl: flag({
    kind: 'string',
    arg: '<url>',
    help: 'the address users open, behind a load balancer or DNS name (e.g. https://stadium.example.com); other Host names are refused',
    parse: (text) => {
      const origin = parsePublicUrl(text);
      return origin === null
        ? invalid(
            `"${text}" must be an http:// or https:// address without path, query or credentials, e.g. https://stadium.example.com`,
          )
        : { value: origin };
    },
  }),
  mesos: flag({
    kind: 'string',
    arg: '<where>',
    help: 'Mesos masters: http://m1:5050,http://m2:5050 or zk://h1:2181,h2:2181/mesos',
    parse: upstream,
    redact: redactUserinfo,
  }),
  marathon: flag({
    kind: 'string',
    arg: '<where>',
    help: 'Marathon instances: http://m1:8080,http://m2:8080 or zk://h1:2181/marathon',
    parse: upstream,
    redact: redactUserinfo,
  }),
  readOnly: flag({ kind: 'boolean', help: 'refuse every write, for everyone' }),
  operators: flag({
    kind: 'file',
    arg: '<file>',
    help: 'htpasswd file (htpasswd -B) of people who may change the cluster; turns on sign-in',
  }),
  viewers: flag({
    kind: 'file',
    arg: '<file>',
    help: 'htpasswd file of people who may only look; turns on sign-in',
  }),
  sessionKeyFile: flag({
    kind: 'file',
    arg: '<file>',
    help: 'key that signs sessions, at least 32 bytes (default: random at each start)',
    redact: redacted,
  }),
  sessionIdle: flag({
    kind: 'number',
    arg: '<minutes>',
    help: 'sessions end after this long unused',
    defaultText: String(DEFAULT_SESSION_IDLE_MINUTES),
    expected: `a number of minutes from 1 to ${MAX_SESSION_IDLE_MINUTES}`,
    parse: (minutes) =>
      Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_SESSION_IDLE_MINUTES
        ? { value: minutes }
        : invalid(
            `must be a number of minutes from 1 to ${MAX_SESSION_IDLE_MINUTES}, got "${minutes}"`,
          ),
  }),
  noAuth: flag({
    kind: 'boolean',
    help: 'serve a non-loopback --host without sign-in (behind an authenticating proxy)',
  }),
  auditLog: flag({
    kind: 'string',
    arg: '<file>',
    help: 'append one JSON line per write that passed Stadium',
  }),
  tlsCert: flag({ kind: 'file', arg: '<file>', help: 'serve HTTPS with this certificate (PEM)' }),
  tlsKey: flag({ kind: 'file', arg: '<file>', help: 'the private key of --tls-cert (PEM)' }),
  caFile: flag({
    kind: 'file',
    arg: '<file>',
    help: 'also trust this CA (PEM) for https:// upstreams',
  }),
  mesosCredentials: flag({
    kind: 'file',
    arg: '<file>',
    help: 'principal:secret sent as HTTP Basic to masters and agents',
    envHoldsText: true,
  }),
  marathonCredentials: flag({
    kind: 'file',
    arg: '<file>',
    help: 'principal:secret sent as HTTP Basic to Marathon',
    envHoldsText: true,
  }),
  upstreamTimeout: flag({
    kind: 'number',
    arg: '<seconds>',
    help: 'answer with 504 when a leader or agent has not answered in this time (streams and downloads only need to keep moving)',
    default: DEFAULT_UPSTREAM_TIMEOUT_S,
    expected: `a number of seconds above 0 and at most ${MAX_UPSTREAM_TIMEOUT_S}`,
    parse: (seconds) =>
      seconds > 0 && seconds <= MAX_UPSTREAM_TIMEOUT_S
        ? { value: seconds }
        : invalid(
            `must be a number of seconds above 0 and at most ${MAX_UPSTREAM_TIMEOUT_S}, got "${seconds}"`,
          ),
  }),
  logFormat: flag({
    kind: 'string',
    arg: 'text|json',
    help: 'log lines for people (text) or one JSON object a line for log shippers (json)',
    default: 'text',
    parse: (format) => {
      const known = LOG_FORMATS.find((candidate) => candidate === format);
      return known ? { value: known } : invalid(`must be text or json, got "${format}"`);
    },
  }),
};

/** Access control and TLS (src/server/access/): files are read when Stadium starts. */
export type AccessFlags = Pick<
  CliRunOptions,
  | 'readOnly'
  | 'noAuth'
  | 'operators'
  | 'viewers'
  | 'sessionKeyFile'
  | 'sessionIdle'
  | 'mesosCredentials'
  | 'marathonCredentials'
  | 'tlsCert'
  | 'tlsKey'
  | 'caFile'
  | 'auditLog'
>;

export type CliCommand =
  | { kind: 'run'; options: CliRunOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

type OptionName = keyof CliRunOptions;
const OPTION_NAMES = Object.keys(FLAGS) as OptionName[];

/** `--read-only` for readOnly. */
export function flagName(option: string): string {
  return `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** `STADIUM_READ_ONLY` for readOnly. */
export function envName(option: string): string {
  return `STADIUM_${flagName(option).slice(2).replace(/-/g, '_').toUpperCase()}`;
}

function usage(): string {
  const rows: [string, string][] = OPTION_NAMES.map((option) => {
    const spec = FLAGS[option];
    const variables =
      [envName(option), ...(spec.alsoEnv ? [spec.alsoEnv] : [])].join(', ') +
      (spec.envHoldsText ? ' holding the text itself' : '');
    const fallback = spec.defaultText ?? (spec.default === undefined ? '' : String(spec.default));
    return [
      `${flagName(option)}${spec.arg ? ` ${spec.arg}` : ''}`,
      `${spec.help} (env ${variables}${fallback ? `; default ${fallback}` : ''})`,
    ];
  });
  rows.push(['--help', 'show this help'], ['--version', 'print the version']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return `Usage: stadium [flags]

A web console for Apache Mesos + Marathon behind a leader-following proxy.

Flags (each also read from the environment variable named after it; a flag wins):
${rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n')}

Give both --mesos and --marathon, or neither to start the built-in simulated cluster.`;
}

export const CLI_USAGE = usage();

/** Parses `stadium` arguments (without node and script) and the environment; never throws. */
export function parseCliFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const given = new Map<OptionName, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    if (!arg.startsWith('--')) return error(`unexpected argument "${arg}" (see stadium --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(0, eq === -1 ? undefined : eq);
    const option = OPTION_NAMES.find((candidate) => flagName(candidate) === name);
    if (!option) return error(`unknown flag ${name} (see stadium --help)`);
    if (given.has(option)) return error(`${name} is given more than once`);
    if (eq !== -1) {
      given.set(option, arg.slice(eq + 1));
    } else if (FLAGS[option].kind === 'boolean') {
      given.set(option, true);
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return error(`${name} needs a value`);
      given.set(option, value);
      i++;
    }
  }

  const options: Record<string, unknown> = {};
  for (const option of OPTION_NAMES) {
    const spec = FLAGS[option];
    const source = sourceOf(option, spec, given.get(option), env);
    if (!source) {
      if (spec.default !== undefined) options[option] = spec.default;
      continue;
    }
    const parsed = parseValue(spec, source.text);
    if ('error' in parsed) return error(`${source.name} ${parsed.error}`);
    options[option] = parsed.value;
  }
  const run = options as unknown as CliRunOptions;
  const conflict = crossCheck(run);
  return conflict ? error(conflict) : { kind: 'run', options: run };
}

function sourceOf(
  option: OptionName,
  spec: AnyFlag,
  fromArgv: string | true | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { name: string; text: string | true } | undefined {
  if (fromArgv !== undefined) return { name: flagName(option), text: fromArgv };
  // An empty variable counts as unset, as shells and unit files leave them.
  if (spec.envHoldsText) return undefined;
  for (const name of [envName(option), ...(spec.alsoEnv ? [spec.alsoEnv] : [])]) {
    const text = env[name];
    if (text !== undefined && text !== '') return { name, text };
  }
  return undefined;
}

/** The kind's check, then the flag's own; `true` is a boolean flag given without a value. */
export function parseValue(spec: AnyFlag, text: string | true): Parsed<unknown> {
  const value = parseKind(spec.kind, text, spec.expected);
  if ('error' in value || !spec.parse) return value;
  return spec.parse(value.value as never);
}

function parseKind(kind: FlagKind, text: string | true, expected?: string): Parsed<unknown> {
  if (kind === 'boolean') {
    if (text === true) return { value: true };
    const word = text.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(word)) return { value: true };
    if (['false', '0', 'no', 'off'].includes(word)) return { value: false };
    return invalid(`must be true or false, got "${text}"`);
  }
  if (text === true) return invalid('needs a value');
  if (kind === 'number') {
    return /^\d+(\.\d+)?$/.test(text.trim())
      ? { value: Number(text) }
      : invalid(`must be ${expected ?? 'a number'}, got "${text}"`);
  }
  if (kind === 'file') return readableFile(text);
  return { value: text };
}

function readableFile(path: string): Parsed<string> {
  if (!path) return invalid('needs a file path');
  try {
    if (!statSync(path).isFile()) return invalid(`"${path}" is not a file`);
    accessSync(path, constants.R_OK);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    return invalid(
      code === 'ENOENT' ? `"${path}" does not exist` : `"${path}" cannot be read (${String(code)})`,
    );
  }
  return { value: path };
}

function upstream(text: string): Parsed<string> {
  const parsed = parseUpstreamSource(text);
  return 'error' in parsed ? parsed : { value: parsed.text };
}

/** The options for the startup log, by flag name, secrets redacted. */
export function loggableConfig(
  options: object,
  flags: Readonly<Record<string, AnyFlag>> = FLAGS,
): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [option, spec] of Object.entries(flags)) {
    const value: unknown = (options as Record<string, unknown>)[option];
    if (value !== undefined)
      config[flagName(option).slice(2)] = spec.redact ? spec.redact(value) : value;
  }
  return config;
}

/** Rules between flags, each answered with the one-line error. */
function crossCheck(options: CliRunOptions): string | undefined {
  if (options.mesos !== undefined && options.marathon === undefined) {
    return '--marathon is required with --mesos (give both, or neither for the simulated cluster)';
  }
  if (options.marathon !== undefined && options.mesos === undefined) {
    return '--mesos is required with --marathon (give both, or neither for the simulated cluster)';
  }
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    return '--tls-cert and --tls-key go together (the certificate and its private key)';
  }
  const signIn = options.operators !== undefined || options.viewers !== undefined;
  if (options.noAuth && signIn) {
    return '--no-auth contradicts --operators/--viewers (sign-in); give one or the other';
  }
  if (!signIn && (options.sessionKeyFile !== undefined || options.sessionIdle !== undefined)) {
    return '--session-key-file and --session-idle need --operators or --viewers';
  }
  if (!signIn && !options.noAuth && !isLoopback(options.host)) {
    return (
      `--host ${options.host} lets other machines reach Stadium, and without sign-in anyone who ` +
      'can would have full write access to the cluster. Give --operators FILE and/or --viewers ' +
      'FILE (htpasswd -B files), or --no-auth to run open behind an authenticating proxy.'
    );
  }
  return undefined;
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
