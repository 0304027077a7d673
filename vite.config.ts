import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

const PRELOAD_SOURCE = 'src/browser/preload.ts';

const PRELOAD_PATH = fileURLToPath(new URL(PRELOAD_SOURCE, import.meta.url));
const MAIN_PATH = fileURLToPath(new URL('src/browser/main.tsx', import.meta.url));

/** Modules src/browser/preload.ts imports (statically, transitively), filled once parsing ends. */
const preloadImports = new Set<string>();
/** Modules the console's entry imports (statically, transitively): what index.html loads. */
const initialImports = new Set<string>();

const isConsoleSource = (id: string) => /[\\/]src[\\/]browser[\\/]/.test(id);
// resources.ts imports the Chinese strings for their types only; they load when chosen.
const isChineseStrings = (id: string) => /zh-CN(\.ts$|[\\/])/.test(id);
// Charts bring recharts, the definition editor JSON tooling shared with Monaco's worker: a page
// without a chart or an editor must not load them.
const bringsLibraries = (id: string) =>
  /[\\/]src[\\/]browser[\\/]features[\\/](charts|apps[\\/]editor)[\\/]/.test(id);

/**
 * src/browser/preload.ts as its own entry, run before the console's entry: a script tag in
 * index.html would join the app's entry and wait for all of its libraries. What it imports is one
 * chunk (`boot`, see `codeSplitting`), modulepreloaded beside it, so it runs after one round trip
 * instead of a cascade of small chunks.
 */
function preloadEntry(): Plugin {
  const script = (src: string): HtmlTagDescriptor => ({
    tag: 'script',
    // async: a deferred script waits for every stylesheet in <head>, which on a cold load queue
    // behind the console's own chunks; this one needs none of them.
    attrs: { type: 'module', crossorigin: true, async: true, src },
    injectTo: 'head-prepend',
  });
  return {
    name: 'stadium-preload-entry',
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('index.html', import.meta.url)),
            preload: PRELOAD_PATH,
          },
        },
      },
    }),
    buildEnd() {
      for (const [entry, reached] of [
        [PRELOAD_PATH, preloadImports],
        [MAIN_PATH, initialImports],
      ] as const) {
        const pending = [...(this.getModuleInfo(entry)?.importedIds ?? [])];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (reached.has(id)) continue;
          reached.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return [script(`/${PRELOAD_SOURCE}`)];
        const entry = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'preload',
        );
        if (entry?.type !== 'chunk') throw new Error(`${PRELOAD_SOURCE} was not bundled`);
        return {
          html: stylesheetsFirst(html),
          tags: [
            script(`/${entry.fileName}`),
            ...entry.imports.map((file): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head-prepend',
            })),
          ],
        };
      },
    },
  };
}

/**
 * The stylesheets move to the top of <head>, so the browser asks for them before the scripts:
 * the tasks page's first rows (drawn by the server) paint once the styles are in.
 */
function stylesheetsFirst(html: string): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const rest = stylesheets.reduce((page, link) => page.replace(link, ''), html);
  return rest.replace('<head>', `<head>\n    ${stylesheets.join('\n    ')}`);
}

// In `npm run dev` the browser talks to a Stadium proxy started by scripts/dev.ts.
const devProxyTarget = process.env.STADIUM_DEV_PROXY ?? 'http://127.0.0.1:8090';

export default defineConfig({
  plugins: [react(), preloadEntry()],
  build: {
    outDir: 'dist',
    // Production builds ship no source maps: the console's source stays off the wire.
    sourcemap: false,
    // Monaco's chunks are megabytes but load only when an editor opens; the JS loaded up front
    // has its own budget (scripts/check-bundle.ts).
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // On a busy 2-core machine the plugin-timing report fires on every build; it is noise here.
      checks: { bundlerTimings: false },
      output: {
        // Libraries change less often than the console: separate chunks stay cached across
        // releases. Monaco is left out on purpose: it loads only when an editor opens.
        codeSplitting: {
          groups: [
            { name: 'boot', test: (id) => preloadImports.has(id), priority: 1 },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/,
            },
            { name: 'radix', test: /node_modules[\\/](@radix-ui|radix-ui)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[a-z]+|victory-vendor)[\\/]/ },
            // The console's own modules in two chunks besides each page's: what the layout needs
            // up front, and what two or more pages share. Left to automatic splitting they were
            // some forty files of a few hundred bytes, and a browser fetches six at a time.
            {
              name: 'shell',
              test: (id) => isConsoleSource(id) && initialImports.has(id) && !isChineseStrings(id),
              includeDependenciesRecursively: false,
            },
            {
              name: 'pages',
              test: (id) => isConsoleSource(id) && !bringsLibraries(id) && !initialImports.has(id),
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', proxy: { '/api': { target: devProxyTarget } } },
});
