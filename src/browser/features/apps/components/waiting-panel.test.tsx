import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MarathonQueueItem } from '../../../../api/marathon';
import { AppProviders } from '../../../app/app-providers';
import { createQueryClient } from '../../../app/query-client';
import { createI18n } from '../../../i18n/create-i18n';
import { testApp, testQueueItem } from '../../../testing/test-apps';
import { WaitingPanel } from './waiting-panel';

// The simulated cluster cannot fail a task on demand, so the backoff is set up by hand here.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const delayed = testQueueItem(42);

function renderPanel(item: MarathonQueueItem) {
  render(
    <AppProviders
      queryClient={createQueryClient({ retry: false })}
      i18n={createI18n({ language: 'en' })}
    >
      <WaitingPanel app={testApp({ id: '/flaky' })} item={item} />
    </AppProviders>,
  );
  return userEvent.setup();
}

describe('the waiting panel', () => {
  it('shows the backoff and resets it', async () => {
    let resets = 0;
    server.use(
      http.delete('http://localhost:3000/api/marathon/v2/queue/flaky/delay', () => {
        resets += 1;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('http://localhost:3000/api/marathon/v2/*', () => HttpResponse.json({})),
    );
    const user = renderPanel(delayed);
    expect(screen.getByRole('region', { name: 'Why 1 instance is waiting' })).toBeTruthy();
    expect(screen.getByText('Launch delayed after failures: 42 s left.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reset delay' }));
    await waitFor(() => expect(resets).toBe(1));
  });

  it('shows Marathon’s answer when the reset fails', async () => {
    server.use(
      http.delete('http://localhost:3000/api/marathon/v2/queue/flaky/delay', () =>
        HttpResponse.json(
          { message: 'Application /flaky not found in tasks queue.' },
          { status: 404 },
        ),
      ),
    );
    const user = renderPanel(delayed);
    await user.click(screen.getByRole('button', { name: 'Reset delay' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Error 404: Application /flaky not found in tasks queue.',
    );
  });
});
