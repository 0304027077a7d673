import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // CI machines have 2 noisy cores; a slow test is not a failing one. Speed lives in `npm run bench`.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/server/**/*.test.ts',
            'src/api/**/*.test.ts',
            'mocks/**/*.test.ts',
            'eslint/**/*.test.ts',
            'deploy/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'jsdom',
          include: ['src/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['src/browser/testing/setup.ts'],
        },
      },
    ],
  },
});
