import { paths } from '../paths';

export const HELP_KEY = '?';
export const SEARCH_KEY = '/';
/**
 * Opens the search palette: a chord, so it also works while typing in a field, and single-key
 * shortcuts (which ignore chords) never see it. Meta+K is the same on macOS.
 */
export const PALETTE_KEY = 'k';
export const PALETTE_KEYSHORTCUTS = 'Control+K Meta+K';

export function isPaletteKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === PALETTE_KEY
  );
}
/** The first key of a "go to" pair; the second names the page. */
export const GO_TO_KEY = 'g';
/** How long after `g` the page key still counts as its pair. */
export const GO_TO_WINDOW_MS = 1500;

/** The pages `g` then a key leads to, in navigation order; `page` is the page's `nav.` label. */
export const GO_TO_TARGETS = [
  { key: 'o', page: 'overview', href: paths.overview.href() },
  { key: 'a', page: 'agents', href: paths.agents.href() },
  { key: 'f', page: 'frameworks', href: paths.frameworks.href() },
  { key: 't', page: 'tasks', href: paths.tasks.href() },
  { key: 'p', page: 'apps', href: paths.apps.href() },
  { key: 'd', page: 'deployments', href: paths.deployments.href() },
] as const;
