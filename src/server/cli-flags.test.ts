import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLI_USAGE,
  envName,
  FLAGS,
  flagName,
  loggableConfig,
  parseCliFlags,
  parseValue,
  redacted,
} from './cli-flags';

const run = (argv: string[], env: Record<string, string> = {}) => parseCliFlags(argv, env);

function errorOf(argv: string[], env: Record<string, string> = {}): string {
  const result = run(argv, env);
  if (result.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  expect(result.message).not.toContain('\n');
  return result.message;
}

/** Any readable file: file flags are checked when given. */
const A_FILE = fileURLToPath(import.meta.url);

describe('parseCliFlags', () => {
  it('defaults to the simulated cluster on 127.0.0.1:8090', () => {
    expect(run([])).toEqual({
      kind: 'run',
      options: { port: 8090, host: '127.0.0.1', logFormat: 'text', upstreamTimeout: 10 },
    });
  });

  it('takes PORT from the environment and lets --port override it', () => {
    expect(run([], { PORT: '9000' })).toMatchObject({ options: { port: 9000 } });
    expect(run(['--port', '9001'], { PORT: '9000' })).toMatchObject({ options: { port: 9001 } });
    expect(run(['--port=0'])).toMatchObject({ options: { port: 0 } });
  });

  it('accepts URL lists and the seed zk:// strings, in both flag spellings', () => {
    const result = run([
      '--mesos',
      'http://m1:5050,http://m2:5050/,https://m3:5050',
      '--marathon=zk://h1:2181,h2:2181,h3:2181/marathon',
      '--host',
      '0.0.0.0',
      '--no-auth',
    ]);
    expect(result).toEqual({
      kind: 'run',
      options: {
        port: 8090,
        host: '0.0.0.0',
        upstreamTimeout: 10,
        noAuth: true,
        mesos: 'http://m1:5050,http://m2:5050/,https://m3:5050',
        marathon: 'zk://h1:2181,h2:2181,h3:2181/marathon',
        logFormat: 'text',
      },
    });
  });

  it('takes an IPv6 --host with or without brackets', () => {
    expect(run(['--host', '[::1]'])).toMatchObject({ options: { host: '::1' } });
    expect(run(['--host', '::', '--no-auth'])).toMatchObject({ options: { host: '::' } });
  });

  it('refuses a non-loopback --host without sign-in, naming --operators, --viewers and --no-auth', () => {
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'stadium.example.com']) {
      const message = errorOf(['--host', host]);
      for (const flag of ['--operators', '--viewers', '--no-auth']) expect(message).toContain(flag);
    }
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '[::1]']) {
      expect(run(['--host', host])).toMatchObject({ kind: 'run' });
    }
    expect(run(['--host', '0.0.0.0', '--viewers', A_FILE])).toMatchObject({
      options: { viewers: A_FILE },
    });
  });

  it('reads the access, TLS and credential flags', () => {
    expect(
      run([
        '--read-only',
        `--operators=${A_FILE}`,
        '--viewers',
        A_FILE,
        '--session-key-file',
        A_FILE,
        '--session-idle',
        '30',
        '--audit-log',
        'audit.jsonl',
        '--tls-cert',
        A_FILE,
        '--tls-key',
        A_FILE,
        '--ca-file',
        A_FILE,
        '--mesos-credentials',
        A_FILE,
        '--marathon-credentials',
        A_FILE,
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        port: 8090,
        host: '127.0.0.1',
        readOnly: true,
        operators: A_FILE,
        viewers: A_FILE,
        sessionKeyFile: A_FILE,
        sessionIdle: 30,
        auditLog: 'audit.jsonl',
        tlsCert: A_FILE,
        tlsKey: A_FILE,
        caFile: A_FILE,
        mesosCredentials: A_FILE,
        marathonCredentials: A_FILE,
        logFormat: 'text',
        upstreamTimeout: 10,
      },
    });
  });

  it('explains access flags that do not fit together', () => {
    expect(errorOf(['--tls-cert', A_FILE])).toContain('--tls-cert and --tls-key go together');
    expect(errorOf(['--session-idle', '0', '--operators', A_FILE])).toContain(
      '--session-idle must be a number of minutes',
    );
    expect(errorOf(['--no-auth', '--operators', A_FILE])).toContain('--no-auth contradicts');
    expect(errorOf(['--session-idle', '5'])).toContain('need --operators or --viewers');
    expect(errorOf(['--read-only=maybe'])).toContain('--read-only must be true or false');
  });

  it('takes --public-url as its origin', () => {
    expect(run(['--public-url', 'https://Stadium.example.com/'])).toMatchObject({
      options: { publicUrl: 'https://stadium.example.com' },
    });
    expect(run(['--public-url=http://10.0.0.5:9090'])).toMatchObject({
      options: { publicUrl: 'http://10.0.0.5:9090' },
    });
  });

  it('answers --help and --version wherever they appear', () => {
    expect(run(['--port', '1', '--help'])).toEqual({ kind: 'help' });
    expect(run(['-h'])).toEqual({ kind: 'help' });
    expect(run(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['--bogus'], '--bogus'],
    [['serve'], '"serve"'],
    [['--port'], '--port needs a value'],
    [['--port', '--host', 'x'], '--port needs a value'],
    [['--port', 'abc'], '--port must be a port number'],
    [['--port', '70000'], '--port must be a port number'],
    [['--port', '1', '--port', '2'], '--port is given more than once'],
    [['--host', 'a b'], '--host'],
    [['--public-url', 'stadium.example.com'], '--public-url'],
    [['--public-url', 'ftp://stadium.example.com'], '--public-url'],
    [['--public-url', 'https://stadium.example.com/console'], '--public-url'],
    [['--public-url', 'https://u:p@stadium.example.com'], '--public-url'],
    [['--mesos', '', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'm1:5050', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'ftp://m1:5050', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'http://m1:5050/master', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'http://m1:5050,,http://m2:5050', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'http://m1:5050,http://m1:5050', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'http://m1:5050', '--marathon', 'zk://h1:2181'], '--marathon'],
    [['--mesos', 'http://m1:5050', '--marathon', 'zk://h1:99999/marathon'], '--marathon'],
    [['--mesos', 'zk://h 1:2181/mesos', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'zk://user@h1:2181/mesos', '--marathon', 'http://x:8080'], '--mesos'],
    [['--mesos', 'http://m1:5050'], '--marathon is required'],
    [['--marathon', 'http://m1:8080'], '--mesos is required'],
  ])('rejects %j naming the flag', (argv, expected) => {
    expect(errorOf(argv)).toContain(expected);
  });

  it('names PORT when the environment value is invalid', () => {
    expect(errorOf([], { PORT: 'eighty' })).toContain('PORT must be a port number');
  });

  it('takes --upstream-timeout in seconds and refuses what is not a positive number', () => {
    expect(run(['--upstream-timeout', '2.5'])).toMatchObject({
      options: { upstreamTimeout: 2.5 },
    });
    expect(run(['--upstream-timeout=30'])).toMatchObject({
      options: { upstreamTimeout: 30 },
    });
    for (const bad of ['0', '-1', 'ten', '1e3', '3601', '']) {
      expect(errorOf([`--upstream-timeout=${bad}`])).toBe(
        `stadium: --upstream-timeout must be a number of seconds above 0 and at most 3600, got "${bad}"`,
      );
    }
    expect(errorOf(['--upstream-timeout'])).toBe('stadium: --upstream-timeout needs a value');
  });
});

describe('configuration from the environment', () => {
  const mesos = 'http://m1:5050,http://m2:5050';
  const marathon = 'zk://h1:2181/marathon';

  it('reads every flag as STADIUM_<FLAG>, with PORT and HOST as platforms set them', () => {
    expect(
      run([], {
        STADIUM_MESOS: mesos,
        STADIUM_MARATHON: marathon,
        STADIUM_PORT: '9100',
        HOST: '0.0.0.0',
        STADIUM_NO_AUTH: 'yes',
      }),
    ).toEqual({
      kind: 'run',
      options: {
        port: 9100,
        host: '0.0.0.0',
        noAuth: true,
        mesos,
        marathon,
        logFormat: 'text',
        upstreamTimeout: 10,
      },
    });
    expect(run([], { STADIUM_PORT: '9100', PORT: '9200' })).toMatchObject({
      options: { port: 9100 },
    });
    expect(run([], { STADIUM_HOST: '[::1]', HOST: '0.0.0.0' })).toMatchObject({
      options: { host: '::1' },
    });
  });

  it('lets a flag win over its variable and treats an empty variable as unset', () => {
    const env = { STADIUM_MESOS: 'http://env:5050', STADIUM_MARATHON: marathon, STADIUM_HOST: '' };
    expect(run(['--mesos', mesos, '--port', '1'], { ...env, STADIUM_PORT: 'bad' })).toEqual({
      kind: 'run',
      options: {
        port: 1,
        host: '127.0.0.1',
        mesos,
        marathon,
        logFormat: 'text',
        upstreamTimeout: 10,
      },
    });
  });

  it.each([
    [
      { STADIUM_PORT: 'http' },
      'stadium: STADIUM_PORT must be a port number from 0 to 65535, got "http"',
    ],
    [{ PORT: '99999' }, 'stadium: PORT must be a port number from 0 to 65535, got "99999"'],
    [{ HOST: 'a b' }, 'stadium: HOST "a b" is not a host name or address'],
    [
      { STADIUM_MESOS: 'ftp://m1', STADIUM_MARATHON: marathon },
      'stadium: STADIUM_MESOS "ftp://m1" must start with http:// or https://',
    ],
  ])('names the variable of a bad value: %j', (env, message) => {
    expect(errorOf([], env)).toBe(message);
  });

  it('lists each flag with its variables in --help', () => {
    expect(CLI_USAGE).toMatch(
      /--port <n> +port to listen on \(env STADIUM_PORT, PORT; default 8090\)/,
    );
    expect(CLI_USAGE).toMatch(/--mesos <where> .*\(env STADIUM_MESOS\)/);
    for (const option of Object.keys(FLAGS)) {
      expect(CLI_USAGE).toContain(`${flagName(option)}`);
      expect(CLI_USAGE).toContain(envName(option));
    }
  });

  it('derives flag and variable names from option names', () => {
    expect(flagName('sessionKeyFile')).toBe('--session-key-file');
    expect(envName('sessionKeyFile')).toBe('STADIUM_SESSION_KEY_FILE');
    expect(envName('readOnly')).toBe('STADIUM_READ_ONLY');
  });
});

describe('flag kinds', () => {
  it('reads booleans from a bare flag or the usual words', () => {
    const spec = { kind: 'boolean', help: '' } as const;
    expect(parseValue(spec, true)).toEqual({ value: true });
    for (const word of ['true', '1', 'yes', 'ON'])
      expect(parseValue(spec, word)).toEqual({ value: true });
    for (const word of ['false', '0', 'no', 'off'])
      expect(parseValue(spec, word)).toEqual({ value: false });
    expect(parseValue(spec, 'maybe')).toEqual({ error: 'must be true or false, got "maybe"' });
  });

  it('reads numbers', () => {
    const spec = { kind: 'number', help: '' } as const;
    expect(parseValue(spec, '2.5')).toEqual({ value: 2.5 });
    expect(parseValue(spec, '-1')).toEqual({ error: 'must be a number, got "-1"' });
    expect(parseValue(spec, true)).toEqual({ error: 'needs a value' });
  });

  it('accepts only a readable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadium-flags-'));
    const file = join(dir, 'operators');
    writeFileSync(file, 'alice\n');
    try {
      const spec = { kind: 'file', help: '' } as const;
      expect(parseValue(spec, file)).toEqual({ value: file });
      expect(parseValue(spec, dir)).toEqual({ error: `"${dir}" is not a file` });
      expect(parseValue(spec, join(dir, 'nope'))).toEqual({
        error: `"${join(dir, 'nope')}" does not exist`,
      });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('loggableConfig', () => {
  it('names options by flag and keeps secrets and ZooKeeper passwords out of the log', () => {
    const command = run([
      '--mesos',
      'zk://stadium:s3cret@h1:2181/mesos',
      '--marathon',
      'http://m1:8080',
    ]);
    if (command.kind !== 'run') throw new Error('expected options');
    expect(loggableConfig(command.options)).toEqual({
      port: 8090,
      host: '127.0.0.1',
      mesos: 'zk://stadium:***@h1:2181/mesos',
      marathon: 'http://m1:8080',
      'log-format': 'text',
      'upstream-timeout': 10,
    });
    const flags = { sessionKey: { kind: 'string', help: '', redact: redacted } } as const;
    expect(loggableConfig({ sessionKey: 'k3y' }, flags)).toEqual({ 'session-key': '(redacted)' });
  });
});
