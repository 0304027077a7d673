import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStadium, type RunningStadium, type StadiumOptions } from '../start-stadium';

export interface ProxyUnderTest {
  stadium: RunningStadium;
  url: string;
  /** Leader switches and other notes Stadium logged. */
  log: string[];
  /** Resolves with the first logged line (past or future) that matches. */
  waitForLog(match: (line: string) => boolean): Promise<string>;
  /** The built console this proxy serves: index.html and assets/app.js. */
  distDir: string;
  close(): Promise<void>;
}

export const TEST_INDEX_HTML = '<!doctype html><title>Stadium test console</title>';

/**
 * Starts Stadium on 127.0.0.1:0 against the given upstreams (or, without them, its simulated
 * cluster), with a tiny built console.
 */
export async function startProxyUnderTest(
  upstreams: Omit<StadiumOptions, 'port' | 'host' | 'distDir' | 'log'>,
): Promise<ProxyUnderTest> {
  const distDir = mkdtempSync(join(tmpdir(), 'stadium-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), TEST_INDEX_HTML);
  writeFileSync(join(distDir, 'assets', 'app-1234.js'), 'console.log("stadium")');
  const log: string[] = [];
  const waiting = new Set<(line: string) => void>();
  const stadium = await startStadium({
    ...upstreams,
    port: 0,
    host: '127.0.0.1',
    distDir,
    log: (line) => {
      log.push(line);
      for (const notify of waiting) notify(line);
    },
  });
  return {
    stadium,
    url: stadium.url,
    log,
    waitForLog: (match) =>
      new Promise((resolve) => {
        const seen = log.find(match);
        if (seen !== undefined) return resolve(seen);
        const notify = (line: string) => {
          if (!match(line)) return;
          waiting.delete(notify);
          resolve(line);
        };
        waiting.add(notify);
      }),
    distDir,
    async close() {
      await stadium.close();
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

export async function getJson(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}
