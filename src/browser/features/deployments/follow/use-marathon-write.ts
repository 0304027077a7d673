import { useMutation, useQueryClient } from '@tanstack/react-query';
import { marathonKeys } from '../../../shared/api/query-keys';
import type { WriteDescription } from './followed-write';
import { writeFollowerFor } from './write-follower';

export interface SentWrite {
  /** Absent when Marathon applied the write at once. */
  deploymentId?: string;
  /** The canonical id Marathon answered with (a create of `nginx` makes `/nginx`). */
  appId?: string;
}

/**
 * A Marathon write as a mutation: on success it is followed to the end of its deployment (the
 * write-status region reports the outcome); either way Marathon's data is refetched. `describe`
 * says what the write is from what the user chose, so call sites pass only that.
 */
export function useMarathonWrite<V>(
  send: (variables: V) => Promise<SentWrite>,
  describe: (variables: V) => WriteDescription,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (sent, variables) => {
      const description = describe(variables);
      writeFollowerFor(queryClient).follow(
        sent.appId === undefined ? description : { ...description, appIds: [sent.appId] },
        sent.deploymentId,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: marathonKeys.all }),
  });
}
