import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rememberEarlyPaletteKey } from '../../../shared/shortcuts/early-palette-key';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

const api = serveSimulatedCluster();

const palette = () => screen.findByRole('dialog', { name: 'Search the cluster' });
const input = () =>
  screen.getByRole('combobox', { name: 'Search apps, pods, groups, agents, frameworks and tasks' });
const options = () => {
  const list = screen.queryByRole('listbox', { name: 'Results' });
  return list === null ? [] : within(list).getAllByRole('option');
};

describe('the search palette', () => {
  it('opens with Ctrl+K, finds an agent by an attribute value and opens its page with the keyboard', async () => {
    const { user, router } = renderApp({ route: '/tasks' });
    await screen.findByRole('heading', { name: 'Tasks' });
    await user.keyboard('{Control>}k{/Control}');
    await palette();
    expect(document.activeElement).toBe(input());
    await user.type(input(), 'rack-3');
    await waitFor(() =>
      expect(options().map((option) => option.textContent)).toEqual([
        'Agent slave-3 ' + (api.cluster().agents()[2]?.id ?? ''),
      ]),
    );
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe(
      `/agents/${encodeURIComponent(api.cluster().agents()[2]?.id ?? '')}`,
    );
  });

  it('opens from the header button; arrow keys move through apps and frameworks', async () => {
    const { user, router } = renderApp({ route: '/' });
    await user.click(await screen.findByRole('button', { name: /^Search/ }));
    await palette();
    await user.type(input(), 'm');
    await waitFor(() => expect(options().length).toBeGreaterThan(1));
    const kinds = options().map((option) => option.textContent?.split(' ')[0]);
    expect(kinds).toContain('Framework');
    await user.keyboard('{ArrowDown}');
    expect(options()[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(options().at(-1)?.getAttribute('aria-selected')).toBe('true');
    await user.clear(input());
    await user.type(input(), '/ngin');
    await waitFor(() => expect(options()[0]?.textContent).toBe('App /nginx'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/apps/%2Fnginx'));
  });

  it('says when nothing matches and keeps what was typed; Escape closes it', async () => {
    const { user } = renderApp({ route: '/' });
    await user.keyboard('{Control>}k{/Control}');
    await palette();
    await user.type(input(), 'no-such-thing');
    expect(await screen.findByText('Nothing matches “no-such-thing”.')).toBeTruthy();
    expect((input() as HTMLInputElement).value).toBe('no-such-thing');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens for a Ctrl+K pressed while the console’s code was still loading', async () => {
    rememberEarlyPaletteKey();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    renderApp({ route: '/tasks' });
    await palette();
  });

  it('is listed in the keyboard shortcuts help', async () => {
    const { user } = renderApp({ route: '/' });
    await user.click(await screen.findByRole('button', { name: /Keyboard shortcuts/ }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(help).getByText(
        'Search the whole cluster (apps, pods, agents, frameworks, tasks), also while typing',
      ),
    ).toBeTruthy();
  });
});
