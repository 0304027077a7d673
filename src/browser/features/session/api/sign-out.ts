import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../api/access';
import { apiSend } from '../../../shared/api/api-client';
import { isSessionKey, stadiumKeys } from '../../../shared/api/query-keys';

export async function signOut(): Promise<SessionInfo | undefined> {
  return (await apiSend<SessionInfo>('DELETE', '/api/session')).body;
}

/** Ends the session; the cluster data it read is dropped from the page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => !isSessionKey(query.queryKey) });
      if (session) queryClient.setQueryData(stadiumKeys.session(), session);
      else void queryClient.invalidateQueries({ queryKey: stadiumKeys.session() });
    },
  });
}
