import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MaintenanceSchedule, MaintenanceStatus } from '../../../../api/mesos-operator';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export function getMaintenanceSchedule(options: ApiRequestOptions = {}) {
  return apiGet<MaintenanceSchedule>('/api/mesos/master/maintenance/schedule', options);
}

export function maintenanceScheduleQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.maintenanceSchedule(),
    queryFn: ({ signal }) => getMaintenanceSchedule({ signal }),
    ...pollEvery(REFRESH_MS.mesosOperator),
  });
}

/** The windows of planned maintenance (`{}` when there are none). */
export function useMaintenanceSchedule() {
  return useQuery(maintenanceScheduleQueryOptions());
}

export function getMaintenanceStatus(options: ApiRequestOptions = {}) {
  return apiGet<MaintenanceStatus>('/api/mesos/master/maintenance/status', options);
}

export function maintenanceStatusQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.maintenanceStatus(),
    queryFn: ({ signal }) => getMaintenanceStatus({ signal }),
    ...pollEvery(REFRESH_MS.mesosOperator),
  });
}

/** Draining machines with their frameworks' answers to inverse offers, and down machines. */
export function useMaintenanceStatus() {
  return useQuery(maintenanceStatusQueryOptions());
}
