import { describe, expect, it } from 'vitest';
import { holdBackConsole } from './hold-back-console';

/** index.html as the build writes it (vite.config.ts): preload first, the console's entry after. */
const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin async src="/assets/preload-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/boot-1.js">
    <link rel="stylesheet" crossorigin href="/assets/shell-1.css">
    <title>Stadium</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-1.js">
    <link rel="modulepreload" crossorigin href="/assets/boot-1.js">
    <link rel="modulepreload" crossorigin href="/assets/shell-1.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('holding the console back behind the first rows', () => {
  const page = holdBackConsole(BUILT_INDEX);

  it('names the entry and its modules first in <head>, before the preload script runs', () => {
    expect(page).toContain(
      '<head>' +
        '<meta name="stadium-console-entry" content="/assets/index-1.js">' +
        '<meta name="stadium-console-module" content="/assets/react-1.js">' +
        '<meta name="stadium-console-module" content="/assets/boot-1.js">' +
        '<meta name="stadium-console-module" content="/assets/shell-1.js">' +
        '\n    <script type="module" crossorigin async src="/assets/preload-1.js"></script>',
    );
  });

  it('leaves the browser nothing of the console to fetch or compile up front', () => {
    expect(page).not.toMatch(/<script type="module" crossorigin src=/);
    expect(page.match(/<link rel="modulepreload"[^>]*>/g)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/boot-1.js">',
    ]);
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/shell-1.css">');
  });

  it('keeps a page without an entry script as it is', () => {
    const plain = '<!doctype html><html><head><title>Stadium</title></head><body></body></html>';
    expect(holdBackConsole(plain)).toBe(plain);
  });
});
