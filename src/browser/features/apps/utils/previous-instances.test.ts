import { describe, expect, it, vi } from 'vitest';
import { forgetInstances, instancesToResume, rememberInstances } from './previous-instances';

describe('the count Resume returns to', () => {
  it('is the one remembered at suspend', async () => {
    rememberInstances('/web', 4);
    const versions = vi.fn(() => Promise.resolve([]));
    await expect(
      instancesToResume('/web', versions, () => Promise.resolve(undefined)),
    ).resolves.toBe(4);
    expect(versions).not.toHaveBeenCalled();
    forgetInstances('/web');
  });

  it('else the newest version that ran instances, else 1', async () => {
    const counts: Record<string, number> = { v3: 0, v2: 3, v1: 5 };
    await expect(
      instancesToResume(
        '/web',
        () => Promise.resolve(['v3', 'v2', 'v1']),
        (v) => Promise.resolve(counts[v]),
      ),
    ).resolves.toBe(3);
    await expect(
      instancesToResume(
        '/web',
        () => Promise.resolve(['v3']),
        (v) => Promise.resolve(counts[v]),
      ),
    ).resolves.toBe(1);
  });
});
