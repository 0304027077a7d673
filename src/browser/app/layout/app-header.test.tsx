import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/create-i18n';
import { stadiumKeys } from '../../shared/api/query-keys';
import { describedValue } from '../../testing/queries';
import { renderApp } from '../../testing/render-app';
import { serveSimulatedCluster } from '../../testing/simulated-api';
import { THEME_STORAGE_KEY } from '../theme/theme-preference';

const api = serveSimulatedCluster();

const ui = {
  header: () => screen.getByRole('banner'),
  nav: () => screen.getByRole('navigation', { name: 'Main' }),
  languageButton: () => screen.getByRole('button', { name: 'Language: English' }),
  themeButton: (theme: string) => screen.getByRole('button', { name: `Theme: ${theme}` }),
  menuChoice: (name: string) => screen.findByRole('menuitemradio', { name }),
};

describe('header', () => {
  it('shows the Mesos leader and the Marathon leader as host:port', async () => {
    renderApp();
    const mesosLeader = api.cluster().mesos.leader()?.address;
    const marathonLeader = api.cluster().marathon.leader()?.address;
    expect(mesosLeader).toBeDefined();
    expect(marathonLeader).toBeDefined();

    await waitFor(() => expect(describedValue(ui.header(), 'Mesos leader')).toBe(mesosLeader));
    expect(describedValue(ui.header(), 'Marathon leader')).toBe(marathonLeader);
    expect(within(ui.header()).getByText('Simulated cluster')).toBeDefined();
  });

  it('keeps the last leaders on screen when Stadium stops answering, and says so', async () => {
    const { queryClient } = renderApp();
    const mesosLeader = api.cluster().mesos.leader()?.address;
    await waitFor(() => expect(describedValue(ui.header(), 'Mesos leader')).toBe(mesosLeader));

    api.stopStadium();
    await act(() => queryClient.refetchQueries({ queryKey: stadiumKeys.cluster() }));

    await waitFor(() =>
      expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
        expect.stringContaining('Stadium does not answer'),
      ),
    );
    expect(describedValue(ui.header(), 'Mesos leader')).toBe(mesosLeader);
  });

  it('switches the whole UI to Simplified Chinese and remembers it', async () => {
    const { user } = renderApp();
    expect(within(ui.nav()).getByRole('link', { name: 'Overview' })).toBeDefined();

    await user.click(ui.languageButton());
    await user.click(await ui.menuChoice('简体中文'));

    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '概览' })).toBeDefined();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('pins the dark theme over the OS preference and remembers it', async () => {
    const { user } = renderApp();
    expect(document.documentElement.dataset.theme).toBeUndefined();

    await user.click(ui.themeButton('System'));
    await user.click(await ui.menuChoice('Dark'));

    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(ui.themeButton('Dark')).toBeDefined();
  });
});
