import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchWriter, type SearchUpdate } from './use-search-writer';

function renderAt(url: string) {
  let write: ((update: SearchUpdate) => void) | undefined;
  function Probe() {
    write = useSearchWriter()[1];
    return null;
  }
  const router = createMemoryRouter([{ path: '/tasks', Component: Probe }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return { router, write: (update: SearchUpdate) => write?.(update) };
}

function setParam(name: string, value: string): SearchUpdate {
  return (current) => {
    current.set(name, value);
    return current;
  };
}

describe('useSearchWriter', () => {
  it('keeps a change that has not rendered yet when the next one arrives', async () => {
    const { router, write } = renderAt('/tasks?state=completed');
    await act(async () => {
      write(setParam('order', 'desc'));
      write(setParam('q', 'nginx'));
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      state: 'completed',
      order: 'desc',
      q: 'nginx',
    });
  });
});
