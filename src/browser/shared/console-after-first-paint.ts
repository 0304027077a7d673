import { CONSOLE_ENTRY_META, CONSOLE_MODULE_META } from './first-rows';

/** The console's scripts as the server held them back from a page with first rows. */
export interface HeldBackConsole {
  entry: string;
  modules: string[];
}

/** How long a page that gets no frames (a tab opened in the background) waits for one. */
const NO_FRAME_MS = 100;

/** What the build names its scripts: anything else in such a meta is not loaded. */
const BUILT_SCRIPT = /^\/assets\/[\w.-]+\.js$/;

function metaContents(doc: Document, name: string): string[] {
  return [...doc.head.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)]
    .map((meta) => meta.content)
    .filter((path) => BUILT_SCRIPT.test(path));
}

/**
 * The console's scripts when the server held them back for its first rows, else null (the page
 * loads them itself). The metas come before the preload script in <head>, so they are parsed by
 * the time it runs.
 */
export function heldBackConsole(doc: Document = document): HeldBackConsole | null {
  const [entry] = metaContents(doc, CONSOLE_ENTRY_META);
  if (entry === undefined) return null;
  return { entry, modules: metaContents(doc, CONSOLE_MODULE_META) };
}

/**
 * Resolves once the parsed page has been painted: after the frame that follows
 * DOMContentLoaded, or a moment later in a tab that is not drawing frames.
 */
export async function afterFirstPaint(
  win: Pick<Window, 'document' | 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'> = window,
): Promise<void> {
  const doc = win.document;
  if (doc.readyState === 'loading') {
    await new Promise((resolve) =>
      doc.addEventListener('DOMContentLoaded', resolve, { once: true }),
    );
  }
  await new Promise<void>((resolve) => {
    const noFrame = win.setTimeout(resolve, NO_FRAME_MS);
    // A frame's callbacks run before it is painted; a task queued from one runs after.
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(noFrame);
        resolve();
      }, 0),
    );
  });
}

/** Loads the held-back console as the build's own tags would have: its modules, then its entry. */
export function loadHeldBackConsole(held: HeldBackConsole, doc: Document = document): void {
  for (const href of held.modules) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.append(link);
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = held.entry;
  doc.head.append(script);
}
