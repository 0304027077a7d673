import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importZones } from './eslint/import-zones.js';

/** Node-side TypeScript: the proxy, the simulated cluster, e2e, scripts and bench. */
const NODE_TS = [
  'src/server/**/*.ts',
  'mocks/**/*.ts',
  'e2e/**/*.ts',
  'scripts/**/*.ts',
  'bench/**/*.ts',
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-server', 'node_modules', 'test-results', 'playwright-report', 'public'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/browser/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, stadium: { rules: { 'import-zones': importZones } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'stadium/import-zones': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/mocks/**'],
              message: 'Browser code must not import server code or the simulated cluster.',
            },
          ],
        },
      ],
    },
  },
  {
    // Component tests and their helpers serve the simulated cluster through msw.
    files: ['src/browser/testing/**/*.{ts,tsx}', 'src/browser/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'Browser code must not import server code.' },
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: [...NODE_TS, 'bin/**/*.js', 'eslint/**/*.js', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The emulation of Stadium's own API loads the proxy's model: tests only, never the demo path.
    files: NODE_TS,
    ignores: ['**/*.test.ts', 'mocks/emulation/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/mocks/emulation',
                '**/mocks/emulation/**',
                '../emulation',
                '../emulation/**',
              ],
              message: 'mocks/emulation is test-only; the demo, e2e and bench use mocks/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/browser/**', '**/server/**', '**/mocks/**'],
              message: 'src/api holds shared models only.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
