import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In `npm run dev` the browser talks to a Stadium proxy started by scripts/dev.ts.
const devProxyTarget = process.env.STADIUM_DEV_PROXY ?? 'http://127.0.0.1:8090';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true },
  server: { host: '127.0.0.1', proxy: { '/api': { target: devProxyTarget } } },
});
