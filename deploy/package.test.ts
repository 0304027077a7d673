import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_TOOLS = [
  'typescript',
  'vite',
  'tsx',
  'vitest',
  '@playwright/test',
  'playwright',
  'esbuild',
];

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

/** The runtime stage's `npm install … /tmp/stadium.tgz` line of the Dockerfile. */
function dockerfileInstallArgs(): string[] {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const install = /^RUN (npm install [^&\n]*\/tmp\/stadium\.tgz)/m.exec(runtimeStage)?.[1];
  if (!install) throw new Error('the Dockerfile installs no /tmp/stadium.tgz');
  expect(install).toContain('--omit=dev');
  expect(runtimeStage).toMatch(/^ENTRYPOINT \["stadium"\]$/m);
  return install.split(' ').slice(1);
}

describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'stadium-package-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the built console and compiled server, installs with runtime dependencies only (as the Dockerfile does) and starts without building', async () => {
    // prepack builds: the console only when dist/ is older than its sources, the server always.
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = (packed?.files ?? []).map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining(['bin/stadium.js', 'dist/index.html', 'dist-server/stadium.js']),
    );
    expect(files.filter((file) => /^(src|mocks|scripts)\/|\.map$|\.tsx?$/.test(file))).toEqual([]);

    // As the Dockerfile, with the tarball where it is and a temporary folder as the global prefix.
    const prefix = join(work, 'prefix');
    const args = dockerfileInstallArgs().map((arg) =>
      arg === '/tmp/stadium.tgz' ? join(work, packed?.filename ?? '') : arg,
    );
    npm([...args, '--prefix', prefix, '--prefer-offline'], work);
    const installed = join(prefix, 'lib', 'node_modules', 'stadium');
    for (const tool of BUILD_TOOLS) {
      expect(existsSync(join(installed, 'node_modules', tool)), tool).toBe(false);
    }
    expect(existsSync(join(installed, 'src'))).toBe(false);

    const { PORT: _port, HOST: _host, ...env } = process.env;
    const child = spawn(join(prefix, 'bin', 'stadium'), [], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...env, STADIUM_PORT: '0', STADIUM_LOG_FORMAT: 'json' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        const record = JSON.parse(line) as { event?: string; url?: string };
        if (record.event === 'listening') {
          url = record.url ?? '';
          break;
        }
      }
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const page = await fetch(`${url}/apps`);
      expect(await page.text()).toMatch(/^<!doctype html>/i);
      const cluster = (await (await fetch(`${url}/api/cluster`)).json()) as { simulated: boolean };
      expect(cluster.simulated).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 600_000);
});
