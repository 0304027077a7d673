import { describe, expect, it } from 'vitest';

// Source text of every module of the editor, to check where Monaco can be reached from.
const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '!./*.test.ts', '!./*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const importsOf = (source: string) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);

describe('the Monaco chunk', () => {
  it('is imported only by monaco-setup', () => {
    const importers = Object.entries(sources)
      .filter(([, source]) =>
        importsOf(source).some((specifier) => specifier?.startsWith('monaco-editor')),
      )
      .map(([path]) => path);
    expect(importers).toEqual(['./monaco-setup.ts']);
  });

  it('is reached only through React.lazy', () => {
    const staticImporters = (module: string) =>
      Object.entries(sources)
        .filter(([, source]) =>
          new RegExp(`from '\\./${module}'|import '\\./${module}'`).test(source),
        )
        .map(([path]) => path);
    expect(staticImporters('monaco-setup').sort()).toEqual([
      './monaco-diff-view.tsx',
      './monaco-json-editor.tsx',
    ]);
    expect(staticImporters('monaco-json-editor')).toEqual([]);
    expect(staticImporters('monaco-diff-view')).toEqual([]);
    expect(sources['./json-editor.tsx']).toContain("lazy(() => import('./monaco-json-editor'))");
    expect(sources['./review-diff.tsx']).toContain("lazy(() => import('./monaco-diff-view'))");
  });
});
