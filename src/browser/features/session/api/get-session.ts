import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../api/access';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { stadiumKeys } from '../../../shared/api/query-keys';

export function getSession(options: ApiRequestOptions = {}): Promise<SessionInfo> {
  return apiGet<SessionInfo>('/api/session', options);
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: stadiumKeys.session(),
    queryFn: ({ signal }) => getSession({ signal }),
    // Refetched when any request answers 401 (query-client.ts), not on a timer.
    staleTime: Infinity,
  });
}

/** Who is signed in and what Stadium lets them do. */
export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** Someone must sign in before the console can show anything. */
export function needsSignIn(session: SessionInfo | undefined): boolean {
  return session !== undefined && session.signInRequired && session.user === undefined;
}
