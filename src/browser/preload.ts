/**
 * The first script index.html runs, a few kB, while the console's code still downloads: it starts
 * the opened page's chunk and its first API reads, which the page adopts once React renders it.
 * On a cold load at 100k tasks that turns "load code, then ask for rows" into both at once.
 */
import { pageRouteAt } from './app/page-routes';
import { preloadGet } from './shared/api/api-client';
import {
  afterFirstPaint,
  heldBackConsole,
  loadHeldBackConsole,
} from './shared/console-after-first-paint';
import { rememberEarlyPaletteKey } from './shared/shortcuts/early-palette-key';

/** What the layout around every page reads first: the leaders in the header, who is signed in. */
const SHELL_READS = ['/api/cluster', '/api/session'];

rememberEarlyPaletteKey();
for (const path of SHELL_READS) preloadGet(path);
const route = pageRouteAt(window.location.pathname);
const search = new URLSearchParams(window.location.search);
for (const path of route?.preload?.({ search }) ?? []) preloadGet(path);

// A page with the server's first rows paints them before any code is compiled: on two cores
// that compiling held the first paint back by a few hundred ms.
const held = heldBackConsole();
if (held !== null) await afterFirstPaint();
// Failures surface when the router loads the page again, with its error boundary.
route?.load().catch(() => {});
if (held !== null) loadHeldBackConsole(held);
