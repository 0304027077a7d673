import { CONSOLE_ENTRY_META, CONSOLE_MODULE_META } from '../../browser/shared/first-rows';
import { htmlAttributes } from '../../browser/shared/html/escape-html';

/** The console's entry: the build's one module script that is not async (preload's is). */
const ENTRY_SCRIPT =
  /<script type="module"(?![^>]*\basync\b)[^>]*? src="(\/assets\/[\w.-]+\.js)"[^>]*><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*? href="(\/assets\/[\w.-]+\.js)"[^>]*>\s*/g;

function meta(name: string, content: string): string {
  return `<meta${htmlAttributes({ name, content })}>`;
}

/**
 * index.html with the console's entry script and the modules it preloads held back, for a page
 * whose first rows the server drew: on a cold load the browser otherwise compiles the console's
 * code while it lays those rows out, and on two cores that held their first paint back by a few
 * hundred ms. They become metas first in <head>, which the preload script (it stays, a few kB,
 * with the modules it preloads before the entry) reads to load them after the first paint.
 * Unchanged when there is no entry script to hold back.
 */
export function holdBackConsole(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html);
  if (entry?.[1] === undefined) return html;
  const before = html.slice(0, entry.index);
  const after = html.slice(entry.index + entry[0].length);
  const modules = [...after.matchAll(MODULE_PRELOAD)].map((match) => match[1] ?? '');
  const metas =
    meta(CONSOLE_ENTRY_META, entry[1]) +
    modules.map((href) => meta(CONSOLE_MODULE_META, href)).join('');
  return (before + after.replace(MODULE_PRELOAD, '')).replace('<head>', `<head>${metas}`);
}
