import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type Axe from 'axe-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { expect } from './fixtures';

const AXE_SCRIPT = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (landmarks, heading order...). */
const RUN_OPTIONS: RunOptions = {
  runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  // Node details for violations only: passes and inapplicable rules are not worth sending back.
  resultTypes: ['violations'],
};

/** How many offending elements each violation lists. */
const TARGETS_SHOWN = 3;

export interface AccessibilityAuditOptions {
  /** Names the audited view in the failure message; the page's URL by default. */
  label?: string;
  /**
   * CSS selectors of subtrees left out of the audit: only for third-party DOM that cannot be
   * fixed here, with a comment at the call site saying why.
   */
  exclude?: string[];
}

/**
 * Runs axe-core over the page as it is now. Violations fail the test with one line each (rule,
 * impact, help, first offending elements). The failure is soft: the test goes on, so one run of a
 * walk through many views reports every view's violations.
 */
export async function expectNoAccessibilityViolations(
  page: Page,
  options: AccessibilityAuditOptions = {},
): Promise<void> {
  // Injected once per document; client-side navigation keeps it. Evaluated, not added as a
  // <script>: the console's CSP (rightly) refuses inline script.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SCRIPT);
  }
  const results = await page.evaluate(
    ([exclude, run]) => window.axe.run(exclude.length > 0 ? { exclude } : document, run),
    [options.exclude ?? [], RUN_OPTIONS] as const,
  );
  expect
    .soft(describeViolations(results), `accessibility violations on ${options.label ?? page.url()}`)
    .toEqual([]);
}

function describeViolations(results: AxeResults): string[] {
  return results.violations.map(describeViolation);
}

function describeViolation(violation: Result): string {
  const shown = violation.nodes.slice(0, TARGETS_SHOWN).map((node) => node.target.join(' '));
  const more = violation.nodes.length - shown.length;
  const targets = shown.join(' | ') + (more > 0 ? ` (+${more} more)` : '');
  return `${violation.id} [${violation.impact ?? 'no impact'}] ${violation.help}: ${targets}`;
}

declare global {
  interface Window {
    axe: typeof Axe;
  }
}
