import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The import-zone messages for `source` as if it were the file at `filePath`. */
async function zoneErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'stadium/import-zones')
    .map((message) => message.message);
}

const use = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('import zones', () => {
  it("lets a feature use another feature's index.ts, not its internals", async () => {
    const file = 'src/browser/features/agents/components/agent-tasks.tsx';
    expect(await zoneErrors(file, use('../../tasks'))).toEqual([]);
    expect(await zoneErrors(file, use('../../tasks/index'))).toEqual([]);
    expect(await zoneErrors(file, use('../utils/agent-view'))).toEqual([]);
    expect(await zoneErrors(file, use('../../tasks/components/task-state-label'))).toEqual([
      "Import 'tasks' through its index.ts ('features/tasks'), or move what both features need to shared/.",
    ]);
  });

  it('keeps shared/ free of features and app/', async () => {
    const file = 'src/browser/shared/ui/badge.tsx';
    expect(await zoneErrors(file, use('../../features/tasks'))).toHaveLength(1);
    expect(await zoneErrors(file, use('../../app/query-client'))).toHaveLength(1);
    expect(await zoneErrors(file, use('../format/format-time'))).toEqual([]);
  });

  it('keeps testing/ and app/ out of production feature code, not out of its tests', async () => {
    const code = 'src/browser/features/apps/utils/app-tree.ts';
    const test = 'src/browser/features/apps/utils/app-tree.test.ts';
    expect(await zoneErrors(code, use('../../../testing/test-apps'))).toHaveLength(1);
    expect(await zoneErrors(code, use('../../../app/query-client'))).toHaveLength(1);
    expect(await zoneErrors(test, use('../../../testing/test-apps'))).toEqual([]);
    expect(await zoneErrors(test, use('../../../app/query-client'))).toEqual([]);
  });
});

const FEATURES = path.resolve('src/browser/features');

/** Feature -> the features its files import (through their index.ts, as the rule wants). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const feature of readdirSync(FEATURES)) {
    const uses = new Set<string>();
    const files = readdirSync(path.join(FEATURES, feature), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => /\.tsx?$/.test(name))) {
      const at = path.join(FEATURES, feature, file);
      for (const [, specifier = ''] of readFileSync(at, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const [first, other] = path
          .relative(FEATURES, path.resolve(path.dirname(at), specifier))
          .split(path.sep);
        if (first && first !== '..' && first !== feature && (other ?? 'index') === 'index') {
          uses.add(first);
        }
      }
    }
    graph.set(feature, uses);
  }
  return graph;
}

describe('features', () => {
  it('depend on each other one way only', () => {
    const graph = featureGraph();
    const cycles: string[] = [];
    const visit = (feature: string, trail: string[]) => {
      if (trail.includes(feature)) {
        cycles.push([...trail.slice(trail.indexOf(feature)), feature].join(' -> '));
        return;
      }
      for (const next of graph.get(feature) ?? []) visit(next, [...trail, feature]);
    };
    for (const feature of graph.keys()) visit(feature, []);
    expect(cycles).toEqual([]);
    expect(graph.get('apps')).toContain('deployments');
  });
});
