import { QueryClient } from '@tanstack/react-query';
import { REFRESH_MS } from '../shared/api/polling';

/**
 * Live data polls on its own interval, so focus refetches add nothing; one retry rides out a
 * leader switch in the proxy before an error reaches the screen. Tests pass `retry: false`.
 */
export function createQueryClient(options: { retry?: number | false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: options.retry ?? 1,
        refetchOnWindowFocus: false,
        staleTime: REFRESH_MS.defaultFresh,
      },
    },
  });
}
