import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSendForm } from '../../../shared/api/api-client';
import { isApiError } from '../../../shared/api/api-error';
import { sendOperatorCall } from '../../../shared/api/mesos-operator-call';
import { clusterKeys } from '../../../shared/api/query-keys';

/**
 * v1 `TEARDOWN` where the master has the operator API; a master without it answers 404 (nothing
 * was done, so nothing is repeated) and gets the v0 `POST /master/teardown` every generation has.
 */
export async function teardownFramework(frameworkId: string): Promise<void> {
  try {
    await sendOperatorCall({
      type: 'TEARDOWN',
      teardown: { framework_id: { value: frameworkId } },
    });
  } catch (error) {
    if (!isApiError(error) || error.status !== 404) throw error;
    await apiSendForm('/api/mesos/master/teardown', new URLSearchParams({ frameworkId }));
  }
}

export function useTeardownFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId }: { frameworkId: string }) => teardownFramework(frameworkId),
    // Not awaited: the caller's onSuccess must run before the refetch can unmount its dialog.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: clusterKeys.all });
    },
  });
}
