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
    ]);
    expect(result).toEqual({
      kind: 'run',
      options: {
        port: 8090,
        host: '0.0.0.0',
        mesos: 'http://m1:5050,http://m2:5050/,https://m3:5050',
        marathon: 'zk://h1:2181,h2:2181,h3:2181/marathon',
      },
    });
  });

  it('takes an IPv6 --host with or without brackets', () => {
    expect(run(['--host', '[::1]'])).toMatchObject({ options: { host: '::1' } });
    expect(run(['--host', '::'])).toMatchObject({ options: { host: '::' } });
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
