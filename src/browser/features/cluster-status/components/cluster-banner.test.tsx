import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describedValue } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

const ui = {
  header: () => screen.getByRole('banner'),
  alertTexts: () => screen.queryAllByRole('alert').map((alert) => alert.textContent),
  cpusCard: () => screen.findByRole('region', { name: 'CPUs' }),
};

function stopAll(stop: (index: number) => void, count: number) {
  for (let index = 0; index < count; index += 1) stop(index);
}

describe('cluster banner', () => {
  it('stays away while both sides have a leader', async () => {
    renderApp();
    await waitFor(() => expect(describedValue(ui.header(), 'Mesos leader')).not.toBe(''));
    expect(ui.alertTexts()).toEqual([]);
  });

  it('announces a missing Marathon leader while Mesos views keep working', async () => {
    const marathon = api.cluster().marathon;
    stopAll((index) => marathon.stopInstance(index), marathon.instances().length);
    const mesosLeader = api.cluster().mesos.leader()?.address;

    renderApp();

    await waitFor(() =>
      expect(ui.alertTexts()).toContainEqual(
        expect.stringContaining(
          'No Marathon leader — Marathon instances: 0 of 3 answering. Mesos views keep working.',
        ),
      ),
    );
    expect(describedValue(ui.header(), 'Mesos leader')).toBe(mesosLeader);
    expect(describedValue(ui.header(), 'Marathon leader')).toContain('No leader');
    expect(describedValue(await ui.cpusCard(), 'Total')).toBe('12');
  });

  it('announces a missing Mesos leader and says Marathon keeps working', async () => {
    const mesos = api.cluster().mesos;
    stopAll((index) => mesos.stopMaster(index), mesos.masters().length);

    renderApp();

    await waitFor(() =>
      expect(ui.alertTexts()).toContainEqual(
        expect.stringContaining(
          'No Mesos leader — Mesos masters: 0 of 3 answering. Marathon views keep working.',
        ),
      ),
    );
    expect(describedValue(ui.header(), 'Marathon leader')).toBe(
      api.cluster().marathon.leader()?.address,
    );
  });
});
