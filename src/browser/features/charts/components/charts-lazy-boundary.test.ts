import { describe, expect, it } from 'vitest';

// Source text of every module of the browser app, to check where Recharts is reached from.
const sources = import.meta.glob<string>(
  ['../../../**/*.ts', '../../../**/*.tsx', '!../../../**/*.test.ts', '!../../../**/*.test.tsx'],
  { query: '?raw', import: 'default', eager: true },
);

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] ?? '');

describe('the Recharts chunk', () => {
  it('is imported only by chart drawings, which only lazy grids reach', () => {
    const drawers = Object.entries(sources)
      .filter(([, source]) => importsOf(source).includes('recharts'))
      .map(([path]) => path.split('/').pop())
      .sort();
    expect(drawers).toEqual([
      'chart-frame.tsx',
      'resource-history-chart.tsx',
      'task-states-chart.tsx',
      'time-axes.tsx',
    ]);
    for (const grid of ['cluster-chart-grid', 'agent-chart-grid']) {
      const staticImporters = Object.entries(sources).filter(([, source]) =>
        new RegExp(`from '\\./${grid}'`).test(source),
      );
      expect(staticImporters).toEqual([]);
    }
    expect(sources['./cluster-resource-charts.tsx']).toContain(
      "lazy(() => import('./cluster-chart-grid'))",
    );
    expect(sources['./agent-allocation-chart.tsx']).toContain(
      "lazy(() => import('./agent-chart-grid'))",
    );
  });
});
