import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In `npm run dev` the browser talks to a Stadium proxy started by scripts/dev.ts.
const devProxyTarget = process.env.STADIUM_DEV_PROXY ?? 'http://127.0.0.1:8090';

export default defineConfig({
  plugins: [react()],
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
