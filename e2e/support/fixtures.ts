/**
 * Each test gets its own Stadium: the real proxy serving the built SPA, in front of a fresh
 * simulated cluster over real HTTP on loopback ports. Tests steer the cluster through its control
 * hooks (elect another leader, stop an instance, lose an agent) and assert what an operator sees.
 */
import { test as base, expect } from '@playwright/test';
import type { SimulatedCluster, SimulatedClusterOptions } from '../../mocks';
import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from '../../src/api/console-header';
import {
  startStadium,
  type RunningStadium,
  type StadiumOptions,
} from '../../src/server/start-stadium';

interface StadiumFixtures {
  /** Shape of the simulated cluster, e.g. `test.use({ simulation: { agents: 10_000 } })`. */
  simulation: SimulatedClusterOptions | undefined;
  /** Sign-in, read-only, credentials and TLS flags, e.g. `test.use({ access: { readOnly: true } })`. */
  access: Omit<StadiumOptions, 'port' | 'logger' | 'simulation'>;
  stadium: RunningStadium;
  cluster: SimulatedCluster;
  /**
   * Content-Security-Policy violations seen in the test's page (documents, frames and workers);
   * any left at the end fails the test. Every spec runs the console under its real policy.
   */
  cspViolations: CspViolations;
}

export interface CspViolations {
  readonly seen: string[];
  /** Takes the violations a test provokes on purpose (the clickjacking probe) out of the list. */
  expect(pattern: RegExp): string[];
}

/** Chromium's console line for a violation, also for workers, which dispatch no DOM event. */
const CSP_CONSOLE_LINE = /Content Security Policy/i;

export const test = base.extend<StadiumFixtures>({
  simulation: [undefined, { option: true }],
  access: [{}, { option: true }],
  stadium: [
    async ({ simulation, access }, use) => {
      const stadium = await startStadium({ ...access, port: 0, logger: false, simulation });
      await use(stadium);
      await stadium.close();
    },
    // Its own budget: a 10k-agent / 100k-task simulation takes seconds to build on an idle
    // 2-core machine and minutes on a loaded one (seen: over 60 s).
    { timeout: 240_000 },
  ],
  cluster: async ({ stadium }, use) => {
    if (!stadium.simulation) {
      throw new Error('e2e tests need Stadium started on its simulated cluster');
    }
    await use(stadium.simulation.cluster);
  },
  baseURL: async ({ stadium }, use) => {
    await use(stadium.url);
  },
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      await page.exposeBinding('__stadiumCspViolation', (_source, line: string) => {
        seen.push(line);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (line: string) => void>)[
            '__stadiumCspViolation'
          ];
          report?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ` +
              `${event.sourceFile || location.pathname}:${event.lineNumber}`,
          );
        });
      });
      page.on('console', (message) => {
        if (CSP_CONSOLE_LINE.test(message.text())) seen.push(`console: ${message.text()}`);
      });
      const violations: CspViolations = {
        seen,
        expect(pattern) {
          const matching = seen.filter((line) => pattern.test(line));
          seen.splice(0, seen.length, ...seen.filter((line) => !pattern.test(line)));
          return matching;
        },
      };
      await use(violations);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What the console sends with every /api request; scripted writes need it too. */
export const CONSOLE_HEADERS = { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE };
