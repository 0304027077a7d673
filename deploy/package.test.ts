import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { npm, startPackagedStadium } from './packaged-stadium';

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

    const stadium = await startPackagedStadium(join(prefix, 'bin', 'stadium'), work);
    let exitCode: number | null;
    try {
      const { url } = stadium;
      // The command's `#!/usr/bin/env -S node …` line reached node: its memory settings hold.
      const argv = readFileSync(`/proc/${stadium.child.pid}/cmdline`, 'utf8').split('\0');
      expect(argv).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^--max-semi-space-size=\d+$/),
          expect.stringMatching(/^--heap-growing-percent=\d+$/),
        ]),
      );
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const page = await fetch(`${url}/apps`);
      expect(await page.text()).toMatch(/^<!doctype html>/i);
      const cluster = (await (await fetch(`${url}/api/cluster`)).json()) as { simulated: boolean };
      expect(cluster.simulated).toBe(true);
    } finally {
      exitCode = await stadium.stop();
    }
    expect(exitCode).toBe(0);
  }, 600_000);
});
