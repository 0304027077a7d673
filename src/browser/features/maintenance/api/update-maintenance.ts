import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MachineId, MaintenanceSchedule } from '../../../../api/mesos-operator';
import { apiSend } from '../../../shared/api/api-client';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { mesosKeys } from '../../../shared/api/query-keys';
import { sendOperatorCall } from '../../../shared/api/send-operator-call';
import {
  changedSchedule,
  scheduledWindows,
  scheduleOf,
  type ScheduleChange,
} from '../utils/machines';
import { getMaintenanceSchedule } from './get-maintenance';

type MachineWrite =
  { kind: 'start'; machines: MachineId[] } | { kind: 'stop'; machines: MachineId[] };

export type MaintenanceWrite = ScheduleChange | MachineWrite;

/** The v1 call on masters that have it, else the v0 endpoint that does the same. */
function sendSchedule(schedule: MaintenanceSchedule, api: OperatorApi): Promise<unknown> {
  return api.v1
    ? sendOperatorCall({
        type: 'UPDATE_MAINTENANCE_SCHEDULE',
        update_maintenance_schedule: { schedule },
      })
    : apiSend('POST', '/api/mesos/master/maintenance/schedule', schedule);
}

function sendMachines(write: MachineWrite, api: OperatorApi) {
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

/**
 * A schedule change or a machine going down or up; the schedule, status and roles are read again.
 * Mesos takes only whole schedules, so a window is added to or removed from the schedule read
 * just before sending, never from this page's copy: another operator's edit meanwhile survives.
 * An edit that no longer fits (the window is gone, a machine was scheduled meanwhile) fails with
 * a message and sends nothing.
 */
export function useMaintenanceWrite(api: OperatorApi) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('maintenance');
  return useMutation({
    mutationFn: async (write: MaintenanceWrite) => {
      if (write.kind === 'start' || write.kind === 'stop') return sendMachines(write, api);
      const now = scheduledWindows(await getMaintenanceSchedule());
      const next = changedSchedule(now, write);
      if ('conflict' in next) {
        throw new Error(t(`conflict.${next.conflict}`, { machines: next.machines }));
      }
      return sendSchedule(scheduleOf(next.windows), api);
    },
    // A conflict means this page's copy is old: it is read again either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: mesosKeys.all }),
  });
}
