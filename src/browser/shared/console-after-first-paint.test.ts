import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, heldBackConsole, loadHeldBackConsole } from './console-after-first-paint';

function pageWithHead(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

describe('the console held back behind the first rows', () => {
  it('reads the entry and its modules from the metas the server wrote', () => {
    const page = pageWithHead(
      '<meta name="stadium-console-entry" content="/assets/index-1.js">' +
        '<meta name="stadium-console-module" content="/assets/react-1.js">' +
        '<meta name="stadium-console-module" content="/assets/shell-1.js">',
    );
    expect(heldBackConsole(page)).toEqual({
      entry: '/assets/index-1.js',
      modules: ['/assets/react-1.js', '/assets/shell-1.js'],
    });
  });

  it('is not held back on a page that loads the console itself', () => {
    expect(
      heldBackConsole(pageWithHead('<meta name="viewport" content="width=device-width">')),
    ).toBe(null);
  });

  it('loads nothing but the build’s own scripts', () => {
    const page = pageWithHead(
      '<meta name="stadium-console-entry" content="https://elsewhere.example/x.js">' +
        '<meta name="stadium-console-entry" content="/assets/index-1.js">' +
        '<meta name="stadium-console-module" content="/api/agents/a/files/download?path=x.js">',
    );
    expect(heldBackConsole(page)).toEqual({ entry: '/assets/index-1.js', modules: [] });
  });

  it('loads the modules, then the entry, as the build tags them', () => {
    const page = pageWithHead('');
    loadHeldBackConsole({ entry: '/assets/index-1.js', modules: ['/assets/react-1.js'] }, page);
    const [link, script] = [...page.head.children];
    expect(link?.outerHTML).toBe(
      '<link rel="modulepreload" crossorigin="" href="/assets/react-1.js">',
    );
    expect(script?.outerHTML).toBe(
      '<script type="module" crossorigin="" src="/assets/index-1.js"></script>',
    );
  });
});

describe('after the first paint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A window whose frames come when the test says. */
  function windowDrawingFrames(readyState: DocumentReadyState) {
    const doc = pageWithHead('');
    Object.defineProperty(doc, 'readyState', { value: readyState, configurable: true });
    const frames: FrameRequestCallback[] = [];
    const win = {
      document: doc,
      setTimeout: globalThis.setTimeout,
      clearTimeout: globalThis.clearTimeout,
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    } as unknown as Parameters<typeof afterFirstPaint>[0];
    return {
      win,
      parsed: () => doc.dispatchEvent(new Event('DOMContentLoaded')),
      frame: () => frames.splice(0).forEach((callback) => callback(0)),
    };
  }

  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it('waits for the whole page to be parsed and for the frame after it', async () => {
    const page = windowDrawingFrames('loading');
    const painted = afterFirstPaint(page.win);
    page.frame();
    expect(await settled(painted)).toBe(false);
    page.parsed();
    expect(await settled(painted)).toBe(false);
    page.frame();
    expect(await settled(painted)).toBe(true);
  });

  it('goes on without frames in a tab that draws none', async () => {
    const page = windowDrawingFrames('interactive');
    const painted = afterFirstPaint(page.win);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(painted)).toBe(true);
  });
});
