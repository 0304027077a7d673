import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

const PRELOAD_SOURCE = 'src/browser/preload.ts';

const PRELOAD_PATH = fileURLToPath(new URL(PRELOAD_SOURCE, import.meta.url));

/** Modules src/browser/preload.ts imports (statically, transitively), filled once parsing ends. */
const preloadImports = new Set<string>();

/**
 * src/browser/preload.ts as its own entry, run before the console's entry: a script tag in
 * index.html would join the app's entry and wait for all of its libraries. What it imports is one
 * chunk (`boot`, see `codeSplitting`), modulepreloaded beside it, so it runs after one round trip
 * instead of a cascade of small chunks.
 */
function preloadEntry(): Plugin {
  const script = (src: string): HtmlTagDescriptor => ({
    tag: 'script',
    attrs: { type: 'module', crossorigin: true, src },
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
      const pending = [...(this.getModuleInfo(PRELOAD_PATH)?.importedIds ?? [])];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (preloadImports.has(id)) continue;
        preloadImports.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [script(`/${PRELOAD_SOURCE}`)];
        const entry = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'preload',
        );
        if (entry?.type !== 'chunk') throw new Error(`${PRELOAD_SOURCE} was not bundled`);
        return [
          script(`/${entry.fileName}`),
          ...entry.imports.map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head-prepend',
          })),
        ];
      },
    },
  };
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
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', proxy: { '/api': { target: devProxyTarget } } },
});
