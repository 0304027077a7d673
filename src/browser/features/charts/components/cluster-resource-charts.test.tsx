import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

// jsdom lays nothing out; Recharts draws only into a container with a size.
beforeEach(() => {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('recharts-responsive-container')
      ? new DOMRect(0, 0, 320, 140)
      : measure.call(this);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('overview charts', () => {
  it('draws allocation and live tasks over time, with the figures in the caption', async () => {
    for (let step = 0; step < 6; step++) {
      api.cluster().advance(5_000);
      // Each read of the history lets the simulated proxy take a metrics sample.
      await fetch('http://localhost:3000/api/cluster/metrics/history');
    }

    renderApp({ route: '/' });

    const charts = await screen.findByRole('region', { name: 'Resources over time' });
    const cpus = await within(charts).findByRole('figure', { name: /^CPUs / });
    expect(cpus.textContent).toMatch(/of 12 allocated now; at most .+ in this period\./);
    expect(cpus.querySelector('svg')).not.toBeNull();
    expect(
      within(charts).getByRole('figure', { name: /^Memory .+ of 12 GB allocated now/ }),
    ).toBeTruthy();
    const tasks = within(charts).getByRole('figure', { name: /^Live tasks by state/ });
    expect(tasks.textContent).toMatch(/Now: \d+ running, \d+ staging/);
  });
});
