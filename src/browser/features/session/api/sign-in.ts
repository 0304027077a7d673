import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo, SignInRequest } from '../../../../api/access';
import { apiSend } from '../../../shared/api/api-client';
import { isSessionKey, stadiumKeys } from '../../../shared/api/query-keys';

export async function signIn(request: SignInRequest): Promise<SessionInfo> {
  const { body } = await apiSend<SessionInfo>('POST', '/api/session', request);
  if (!body) throw new Error('Stadium answered the sign-in without a session');
  return body;
}

/** Signs in; everything read before (as nobody) is read again as the new user. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.setQueryData(stadiumKeys.session(), session);
      void queryClient.invalidateQueries({ predicate: (query) => !isSessionKey(query.queryKey) });
    },
  });
}
