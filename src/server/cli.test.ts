import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/stadium.js', import.meta.url));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the stadium command', () => {
  it('rejects an invalid flag with one line naming it and exit code 2', async () => {
    const { code, stdout, stderr } = await run(['--port', 'http']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('stadium: --port must be a port number from 0 to 65535, got "http"\n');
  });

  it('refuses to listen on a non-loopback address without sign-in: exit 2, naming the flags', async () => {
    const { code, stdout, stderr } = await run(['--host', '0.0.0.0', '--port', '0']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const flag of ['--operators', '--viewers', '--no-auth']) expect(stderr).toContain(flag);
  });

  it('prints usage listing every flag', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--public-url',
      '--mesos',
      '--marathon',
      '--upstream-timeout',
      '--help',
      '--version',
      '--read-only',
      '--operators',
      '--viewers',
      '--session-key-file',
      '--session-idle',
      '--no-auth',
      '--mesos-credentials',
      '--marathon-credentials',
      '--tls-cert',
      '--tls-key',
      '--ca-file',
      '--audit-log',
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it('runs as an executable, as `npm start` and the installed command run it (its `env -S` line)', async () => {
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>(
      (resolve, reject) => {
        const child = spawn(BIN, ['--version'], { stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stdout }));
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^stadium \d+\.\d+\.\d+\n$/);
  });

  it('starts the simulated cluster, says so first, prints the URL and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const seen: string[] = [];
    let url = '';
    for await (const line of lines) {
      seen.push(line);
      const match = /serving the console at (http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        url = match[1];
        break;
      }
    }
    expect(seen[0]).toMatch(
      /^\S+Z Stadium: no --mesos\/--marathon given, starting the built-in simulated cluster \(3 masters, 3 agents, 3 Marathon instances\)$/,
    );
    const response = await fetch(`${url}/api/cluster`);
    expect(await response.json()).toMatchObject({ simulated: true });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('never prints the password of an upstream string', async () => {
    const invalid = await run(['--mesos', 'zk://ops:s3cret@h 1:2181/mesos', '--marathon', 'x']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('zk://ops:***@h 1:2181/mesos');
    expect(invalid.stderr).not.toContain('s3cret');

    // Nothing answers on port 1: Stadium still starts, and says where it looks for the cluster.
    const child = spawn(
      process.execPath,
      [
        BIN,
        '--port',
        '0',
        '--mesos',
        'http://ops:s3cret@127.0.0.1:1',
        '--marathon',
        'http://127.0.0.1:1',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const seen: string[] = [];
    for await (const line of createInterface({ input: child.stdout })) {
      seen.push(line);
      if (line.includes('serving the console')) break;
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    expect(seen[0]).toContain(
      'Stadium: Mesos from http://ops:***@127.0.0.1:1, Marathon from http://127.0.0.1:1',
    );
    expect(seen.join('\n')).not.toContain('s3cret');
  }, 30_000);

  it('takes its configuration from STADIUM_* variables and logs one JSON object a line', async () => {
    const child = spawn(process.execPath, [BIN], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, STADIUM_PORT: '0', STADIUM_LOG_FORMAT: 'json' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const records: Record<string, unknown>[] = [];
      for await (const line of createInterface({ input: child.stdout })) {
        const record = JSON.parse(line) as Record<string, unknown>;
        records.push(record);
        if (record.event === 'listening') break;
      }
      for (const record of records) {
        expect(record).toEqual(
          expect.objectContaining({
            time: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
            level: 'info',
            message: expect.any(String),
          }),
        );
      }
      expect(records.find((record) => record.event === 'config')).toMatchObject({
        config: { port: 0, host: '127.0.0.1', 'log-format': 'json' },
      });
      expect(records.filter((record) => record.event === 'leader-change')).toHaveLength(2);
      const { url } = records.at(-1) as { url: string };
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
