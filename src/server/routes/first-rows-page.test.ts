import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TaskSlice } from '../../api/cluster-model';
import { getJson, startProxyUnderTest, type ProxyUnderTest } from '../test-support/proxy-harness';
import { signIn, VIEWER, writeTeamFiles } from '../test-support/team-files';

/** The parts of the built index.html the server writes into. */
const INDEX_HTML =
  '<!doctype html><html lang="en"><head><script type="module" crossorigin async src="/assets/preload-1.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/console-1.css"><title>Stadium</title>' +
  '<script type="module" crossorigin src="/assets/index-1.js"></script><link rel="modulepreload" crossorigin href="/assets/react-1.js">' +
  '</head><body><div id="root"></div></body></html>';
const CONSOLE_CSS = '.virtual-table{overflow:auto}';

let proxy: ProxyUnderTest | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** Stadium on its simulated cluster, with an index.html like the build's, once tasks are in. */
async function startWithTasks(options: Parameters<typeof startProxyUnderTest>[0] = {}) {
  proxy = await startProxyUnderTest(options);
  writeFileSync(join(proxy.distDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(proxy.distDir, 'assets', 'console-1.css'), CONSOLE_CSS);
  return proxy;
}

async function firstSlice(
  url: string,
  path = '/api/cluster/tasks?state=active%2Cunreachable%2Corphan&offset=0&limit=200',
  cookie?: string,
) {
  for (;;) {
    const answer = await getJson(`${url}${path}`, { headers: cookie ? { cookie } : {} });
    const slice = answer.body as TaskSlice;
    if (answer.status === 200 && slice.rows.length > 0) return slice;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function page(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { response, html: await response.text() };
}

describe('the tasks page with its first rows', () => {
  it('draws the first rows the console would read and keeps the page from caches', async () => {
    const { url } = await startWithTasks();
    const slice = await firstSlice(url);
    const { response, html } = await page(`${url}/tasks`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Tasks · Stadium</title>');
    // Its stylesheet is in the page: the rows paint without waiting for another request.
    expect(html).toContain(`<style>${CONSOLE_CSS}</style>`);
    expect(html).not.toContain('console-1.css');
    expect(html).toContain('<div id="root" data-behind-first-rows></div>');
    // The console loads once the rows are painted, by the preload script: not before.
    expect(html).toContain('<meta name="stadium-console-entry" content="/assets/index-1.js">');
    expect(html).not.toContain('<script type="module" crossorigin src="/assets/index-1.js">');
    expect(html).toContain('<script type="module" crossorigin async src="/assets/preload-1.js">');
    expect(html).toContain('aria-label="Tasks"');
    expect(html).toContain(`aria-rowcount="${slice.total + 1}"`);
    for (const task of slice.rows.slice(0, 3)) expect(html).toContain(`>${task.id}</a>`);
  });

  it('speaks the stored language, else the browser’s, and wears a pinned theme', async () => {
    const { url } = await startWithTasks();
    await firstSlice(url);
    const chinese = await page(`${url}/tasks`, {
      'accept-language': 'de-DE, zh-TW;q=0.8, en;q=0.5',
    });
    expect(chinese.html).toContain('<html lang="zh-CN">');
    expect(chinese.html).toContain('aria-label="任务"');
    const chosen = await page(`${url}/tasks`, {
      'accept-language': 'zh-CN',
      cookie: 'stadium-language=en; stadium-theme=dark',
    });
    expect(chosen.html).toContain('<html lang="en" data-theme="dark">');
    const unknown = await page(`${url}/tasks`, {
      'accept-language': 'fr',
      cookie: 'stadium-language=<x>; stadium-theme="><script>',
    });
    expect(unknown.html).toContain('<html lang="en">');
  });

  it('draws the view in the URL as the console reads it, and nothing for an empty one', async () => {
    const { url } = await startWithTasks();
    await firstSlice(url);
    const sorted = await firstSlice(
      url,
      '/api/cluster/tasks?state=active%2Cunreachable%2Corphan&sort=name&order=desc&offset=0&limit=200',
    );
    const { html } = await page(`${url}/tasks?sort=name&order=desc`);
    const firstRow = html.slice(html.indexOf('aria-rowindex="2"'));
    expect(firstRow).toContain(`>${sorted.rows[0]?.id}</a>`);
    expect(html).toContain('aria-sort="descending"');
    const completed = await firstSlice(
      url,
      '/api/cluster/tasks?state=completed&offset=0&limit=200',
    );
    const completedPage = (await page(`${url}/tasks?state=completed`)).html;
    expect(completedPage).toContain(`>${completed.rows[0]?.id}</a>`);
    // Nothing matches: the console's own "no tasks match" note is worth the wait.
    expect((await page(`${url}/tasks?q=no-such-task-anywhere`)).html).toBe(INDEX_HTML);
  });

  it('draws nothing for other web pages, other pages, HEAD, or anyone not signed in', async () => {
    const team = writeTeamFiles();
    const { url } = await startWithTasks({ operators: team.operators, viewers: team.viewers });
    const viewer = await signIn(url, VIEWER);
    await firstSlice(url, undefined, viewer.cookie);
    const cookie = viewer.cookie ?? '';
    expect((await page(`${url}/tasks`, { cookie })).html).toContain('data-first-rows');
    for (const [path, headers] of [
      ['/tasks', {}],
      ['/tasks', { cookie: 'stadium-session=forged' }],
      ['/tasks', { cookie, 'sec-fetch-site': 'cross-site' }],
      ['/agents', { cookie }],
    ] as const) {
      const { response, html } = await page(`${url}${path}`, headers);
      expect(response.status).toBe(200);
      expect(html).toBe(INDEX_HTML);
    }
    const head = await fetch(`${url}/tasks`, { method: 'HEAD', headers: { cookie } });
    expect(head.headers.get('cache-control')).toBe('no-cache');
  });
});
