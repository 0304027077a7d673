import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TaskSlice } from '../../api/cluster-model';
import {
  firstTasksPage,
  firstTasksPageRowsPath,
} from '../../browser/features/tasks/first-rows/first-tasks-page';
import { escapeHtml, htmlAttributes } from '../../browser/shared/html/escape-html';
import { BEHIND_FIRST_ROWS_ATTRIBUTE } from '../../browser/shared/first-rows';
import { paths } from '../../browser/shared/paths';
import { holdBackConsole } from './hold-back-console';
import { pageLanguage, pageTheme } from './page-preferences';

/** Headers of the page load that the first slice's read must not repeat. */
const NOT_REPEATED = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'accept',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
]);

/**
 * The first rows of tasks the console would read for this page load, read through Stadium's own
 * /api with the page load's headers: the same pipeline (host, cross-site, session, role) decides
 * as for the console's read, so a page load that may not read tasks gets no rows.
 */
async function readFirstSlice(
  app: FastifyInstance,
  request: FastifyRequest,
  search: URLSearchParams,
): Promise<TaskSlice | null> {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(
      (entry): entry is [string, string | string[]] =>
        entry[1] !== undefined && !NOT_REPEATED.has(entry[0]),
    ),
  );
  const response = await app.inject({
    method: 'GET',
    url: firstTasksPageRowsPath(search),
    headers: { ...headers, accept: 'application/json' },
  });
  return response.statusCode === 200 ? (response.json() as TaskSlice) : null;
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]* href="\/(assets\/[\w.-]+\.css)"[^>]*>/g;

/**
 * The page's own stylesheets written into it, so the rows paint as soon as the page arrives
 * instead of after one more request that waits behind the console's scripts. Only sheets that
 * point at nothing (no url()), which would resolve against the page instead of /assets.
 */
async function inlineStylesheets(html: string, distDir: string): Promise<string> {
  let page = html;
  for (const [link, file = ''] of html.matchAll(STYLESHEET_LINK)) {
    const css = await readFile(join(distDir, file), 'utf8');
    if (!css.includes('url(') && !css.includes('</'))
      page = page.replace(link, `<style>${css}</style>`);
  }
  return page;
}

/** The last index.html prepared, and which build of it (a new build replaces the file). */
let prepared: { file: string; mtimeMs: number; size: number; html: string } | undefined;

/**
 * index.html as every page with first rows starts from: its stylesheets inlined, the console's
 * scripts held back. Prepared once per build, not per page load.
 */
async function pageTemplate(distDir: string): Promise<string> {
  const file = join(distDir, 'index.html');
  const { mtimeMs, size } = await stat(file);
  if (prepared?.file === file && prepared.mtimeMs === mtimeMs && prepared.size === size) {
    return prepared.html;
  }
  const html = holdBackConsole(await inlineStylesheets(await readFile(file, 'utf8'), distDir));
  prepared = { file, mtimeMs, size, html };
  return html;
}

/**
 * index.html for a page load, in the person's language and theme; for /tasks with its first rows
 * drawn in, so they show at the first paint instead of after the console's code has run (about
 * a second on a cold load). Null when there is nothing to draw: the file is served as it is.
 */
export async function pageWithFirstRows(
  app: FastifyInstance,
  request: FastifyRequest,
  distDir: string,
): Promise<string | null> {
  const url = new URL(request.url, 'http://stadium.invalid');
  if (url.pathname !== paths.tasks.pattern) return null;
  const slice = await readFirstSlice(app, request, url.searchParams);
  if (slice === null) return null;
  const language = pageLanguage(request.headers);
  const page = firstTasksPage(slice, url.searchParams, language);
  if (page === null) return null;
  const html = (await pageTemplate(distDir))
    .replace(
      /<html[^>]*>/,
      `<html${htmlAttributes({ lang: language, 'data-theme': pageTheme(request.headers) })}>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      '<div id="root"></div>',
      `${page.markup}<div id="root" ${BEHIND_FIRST_ROWS_ATTRIBUTE}></div>`,
    );
  return html.includes(page.markup) ? html : null;
}
