import { describe, expect, it } from 'vitest';
import { parseCliFlags } from './cli-flags';

const run = (argv: string[], env: Record<string, string> = {}) => parseCliFlags(argv, env);

function errorOf(argv: string[], env: Record<string, string> = {}): string {
  const result = run(argv, env);
  if (result.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  expect(result.message).not.toContain('\n');
  return result.message;
}

describe('parseCliFlags', () => {
  it('defaults to the simulated cluster on 127.0.0.1:8090', () => {
    expect(run([])).toEqual({ kind: 'run', options: { port: 8090, host: '127.0.0.1' } });
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
        noAuth: true,
        mesos: 'http://m1:5050,http://m2:5050/,https://m3:5050',
        marathon: 'zk://h1:2181,h2:2181,h3:2181/marathon',
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
    expect(run(['--host', '0.0.0.0', '--viewers', 'v.htpasswd'])).toMatchObject({
      options: { viewers: 'v.htpasswd' },
    });
  });

  it('reads the access, TLS and credential flags', () => {
    expect(
      run([
        '--read-only',
        '--operators=ops',
        '--viewers',
        'views',
        '--session-key-file',
        'key',
        '--session-idle',
        '30',
        '--audit-log',
        'audit.jsonl',
        '--tls-cert',
        'c.pem',
        '--tls-key',
        'k.pem',
        '--ca-file',
        'ca.pem',
        '--mesos-credentials',
        'm',
        '--marathon-credentials',
        'n',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        port: 8090,
        host: '127.0.0.1',
        readOnly: true,
        operators: 'ops',
        viewers: 'views',
        sessionKeyFile: 'key',
        sessionIdleMinutes: 30,
        auditLog: 'audit.jsonl',
        tlsCert: 'c.pem',
        tlsKey: 'k.pem',
        caFile: 'ca.pem',
        mesosCredentials: 'm',
        marathonCredentials: 'n',
      },
    });
  });

  it('explains access flags that do not fit together', () => {
    expect(errorOf(['--tls-cert', 'c.pem'])).toContain('--tls-cert and --tls-key go together');
    expect(errorOf(['--session-idle', '0', '--operators', 'o'])).toContain(
      '--session-idle must be a number of minutes',
    );
    expect(errorOf(['--no-auth', '--operators', 'o'])).toContain('--no-auth contradicts');
    expect(errorOf(['--session-idle', '5'])).toContain('need --operators or --viewers');
    expect(errorOf(['--read-only=yes'])).toContain('--read-only takes no value');
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
});
