import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScalarMap } from '../../../../api/mesos-operator';
import { apiSend } from '../../../shared/api/api-client';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { mesosKeys } from '../../../shared/api/query-keys';
import { sendOperatorCall } from '../../../shared/api/send-operator-call';
import type { QuotaSide } from '../utils/role-rows';

function scalarMap(side: QuotaSide): ScalarMap {
  const map: ScalarMap = {};
  for (const [name, value] of Object.entries(side)) map[name] = { value };
  return map;
}

/** `UPDATE_WEIGHTS` for one role; the roles are read again once the master took it. */
export function useUpdateWeight() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, weight }: { role: string; weight: number }) =>
      sendOperatorCall({
        type: 'UPDATE_WEIGHTS',
        update_weights: { weight_infos: [{ role, weight }] },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mesosKeys.roles() }),
  });
}

export interface QuotaChange {
  role: string;
  guarantees: QuotaSide;
  limits: QuotaSide;
  force: boolean;
  /** Whether the role has a quota now (the older endpoint must remove it first). */
  hadQuota: boolean;
  api: OperatorApi;
}

/**
 * `UPDATE_QUOTA` on Mesos >= 1.9. Before, `/master/quota` sets a guarantee only for a role
 * without one, so a change is a DELETE and then a POST of the new guarantee.
 */
export function useUpdateQuota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: QuotaChange) => {
      if (change.api.quotaConfigs) {
        await sendOperatorCall({
          type: 'UPDATE_QUOTA',
          update_quota: {
            force: change.force,
            quota_configs: [
              {
                role: change.role,
                guarantees: scalarMap(change.guarantees),
                limits: scalarMap(change.limits),
              },
            ],
          },
        });
        return;
      }
      if (change.hadQuota) {
        await apiSend('DELETE', `/api/mesos/master/quota/${encodeURIComponent(change.role)}`);
      }
      const guarantee = Object.entries(change.guarantees).map(([name, value]) => ({
        name,
        type: 'SCALAR',
        scalar: { value },
      }));
      if (guarantee.length > 0) {
        await apiSend('POST', '/api/mesos/master/quota', {
          role: change.role,
          guarantee,
          force: change.force,
        });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: mesosKeys.roles() }),
  });
}
