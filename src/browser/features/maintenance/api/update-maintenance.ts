import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MachineId, MaintenanceSchedule } from '../../../../api/mesos-operator';
import { apiSend } from '../../../shared/api/api-client';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { mesosKeys } from '../../../shared/api/query-keys';
import { sendOperatorCall } from '../../../shared/api/send-operator-call';

export type MaintenanceWrite =
  | { kind: 'schedule'; schedule: MaintenanceSchedule }
  | { kind: 'start' | 'stop'; machines: MachineId[] };

/** The v1 call on masters that have it, else the v0 endpoint that does the same. */
function send(write: MaintenanceWrite, api: OperatorApi): Promise<unknown> {
  if (write.kind === 'schedule') {
    return api.v1
      ? sendOperatorCall({
          type: 'UPDATE_MAINTENANCE_SCHEDULE',
          update_maintenance_schedule: { schedule: write.schedule },
        })
      : apiSend('POST', '/api/mesos/master/maintenance/schedule', write.schedule);
  }
  if (!api.v1) {
    const path = write.kind === 'start' ? 'down' : 'up';
    return apiSend('POST', `/api/mesos/master/machine/${path}`, write.machines);
  }
  return write.kind === 'start'
    ? sendOperatorCall({
        type: 'START_MAINTENANCE',
        start_maintenance: { machines: write.machines },
      })
    : sendOperatorCall({
        type: 'STOP_MAINTENANCE',
        stop_maintenance: { machines: write.machines },
      });
}

/** A schedule change or a machine going down or up; the schedule, status and roles are read again. */
export function useMaintenanceWrite(api: OperatorApi) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: MaintenanceWrite) => send(write, api),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mesosKeys.all }),
  });
}
