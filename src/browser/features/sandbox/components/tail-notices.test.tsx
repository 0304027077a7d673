import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../i18n/create-i18n';
import type { TailNotice, TailSnapshot } from '../utils/file-tail';
import { emptyBuffer } from '../utils/log-buffer';
import { TailNotices } from './tail-notices';

function renderNotice(notice: TailNotice | null, onDismiss = vi.fn()) {
  const snapshot: TailSnapshot = {
    opened: true,
    buffer: emptyBuffer(0),
    size: 0,
    notice,
    trimmed: false,
    loadingOlder: false,
    error: null,
  };
  render(
    <I18nextProvider i18n={createI18n({ language: 'en' })}>
      <TailNotices snapshot={snapshot} onDismiss={onDismiss} />
    </I18nextProvider>,
  );
  return onDismiss;
}

describe('tail notices', () => {
  it('says the file was truncated or rotated, and can be dismissed', async () => {
    const onDismiss = renderNotice({ kind: 'truncated', size: 512, offset: 3 * 1024 * 1024 });
    expect(screen.getByRole('status').textContent).toContain(
      'The file shrank to 512 B while 3 MiB had been read: it was truncated or rotated.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says when the view skipped ahead', () => {
    renderNotice({ kind: 'skipped', bytes: 5 * 1024 * 1024 });
    expect(screen.getByRole('status').textContent).toContain(
      '5 MiB arrived faster than they could be shown; skipped to the end.',
    );
  });

  it('shows nothing without a notice', () => {
    renderNotice(null);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
