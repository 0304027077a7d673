/**
 * The console must open fast on a plain link: the JS that index.html loads up front stays within a
 * budget, and Monaco (about 1 MB gzip) is never part of it; it loads when an editor opens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

export interface BundleReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  problems: string[];
}

export function checkInitialBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [
    ...new Set(
      [
        ...html.matchAll(
          /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g,
        ),
      ].map((match) => match[1] as string),
    ),
  ];
  const sized = files.map((file) => {
    const source = readFileSync(join(distDir, file));
    return { file, source, gzipBytes: gzipSync(source).length };
  });
  const totalGzipBytes = sized.reduce((sum, entry) => sum + entry.gzipBytes, 0);
  const problems: string[] = [];
  if (totalGzipBytes > INITIAL_JS_BUDGET_BYTES) {
    problems.push(
      `initial JS is ${kb(totalGzipBytes)} gzip, over the ${kb(INITIAL_JS_BUDGET_BYTES)} budget`,
    );
  }
  for (const { file, source } of sized) {
    // Monaco's editor core registers this service id; no other library carries it.
    if (source.includes('editorWorkerService')) problems.push(`${file} contains Monaco`);
  }
  return {
    files: sized.map(({ file, gzipBytes }) => ({ file, gzipBytes })),
    totalGzipBytes,
    problems,
  };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
