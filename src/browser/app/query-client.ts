import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { REFRESH_MS } from '../shared/api/polling';
import { isApiError } from '../shared/api/api-error';
import { stadiumKeys } from '../shared/api/query-keys';

/**
 * Live data polls on its own interval, so focus refetches add nothing; one retry rides out a
 * leader switch in the proxy before an error reaches the screen. Tests pass `retry: false`.
 */
export function createQueryClient(options: { retry?: number | false } = {}): QueryClient {
  // A 401 means the session ended (idle, signed out elsewhere, user removed): ask who we are, and
  // the layout shows the sign-in form.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.path !== '/api/session') {
      void client.invalidateQueries({ queryKey: stadiumKeys.session() });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: options.retry ?? 1,
        refetchOnWindowFocus: false,
        staleTime: REFRESH_MS.defaultFresh,
      },
    },
  });
  return client;
}
