import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { serveSimulatedCluster } from '../../testing/simulated-api';

serveSimulatedCluster();

const ui = {
  dialog: (name = 'Keyboard shortcuts') => screen.findByRole('dialog', { name }),
  headerButton: (name = 'Keyboard shortcuts') =>
    within(screen.getByRole('banner')).getByRole('button', { name }),
};

describe('keyboard shortcuts', () => {
  it('opens the shortcuts dialog on ? and lists every shortcut', async () => {
    const { user, router } = renderApp();

    await user.keyboard('?');

    const dialog = await ui.dialog();
    expect(within(dialog).getByText('Focus the search or filter box of the page')).toBeDefined();
    expect(within(dialog).getByText('Go to Deployments')).toBeDefined();
    expect(router.state.location.search).toBe('?shortcuts=1');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.search).toBe('');
  });

  it('opens the same dialog from the header button, in Simplified Chinese too', async () => {
    const { user } = renderApp({ language: 'zh-CN' });

    await user.click(ui.headerButton('键盘快捷键'));

    const dialog = await ui.dialog('键盘快捷键');
    expect(within(dialog).getByText('跳转到任务')).toBeDefined();
  });

  it('goes to the tasks on g then t', async () => {
    const { user, router } = renderApp();

    await user.keyboard('gt');

    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks'));
    expect(await screen.findByRole('textbox', { name: 'Filter tasks' })).toBeDefined();
  });

  it('focuses the Filter tasks box on / without typing the slash', async () => {
    const { user } = renderApp({ route: '/tasks' });
    const filter = await screen.findByRole('textbox', { name: 'Filter tasks' });

    await user.keyboard('/');

    expect(document.activeElement).toBe(filter);
    expect(filter).toHaveProperty('value', '');
  });

  it('leaves g then t typed in a text field alone', async () => {
    const { user, router } = renderApp({ route: '/agents' });
    const filter = await screen.findByRole('textbox', { name: 'Filter agents' });

    await user.type(filter, 'gt');

    expect(filter).toHaveProperty('value', 'gt');
    expect(router.state.location.pathname).toBe('/agents');
  });

  it('ignores single keys once they are turned off in the dialog', async () => {
    const { user, router } = renderApp();
    await user.click(ui.headerButton());
    const dialog = await ui.dialog();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Use single-key shortcuts' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('gt?');

    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
