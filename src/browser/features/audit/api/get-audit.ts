import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../../api/access';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { REFRESH_MS, pollEvery } from '../../../shared/api/polling';
import { stadiumKeys } from '../../../shared/api/query-keys';

export interface AuditFilters {
  user?: string;
  target?: string;
}

export function getAudit(
  filters: AuditFilters,
  options: ApiRequestOptions = {},
): Promise<AuditPage> {
  const query = new URLSearchParams();
  if (filters.user) query.set('user', filters.user);
  if (filters.target) query.set('target', filters.target);
  const search = query.toString();
  return apiGet<AuditPage>(`/api/audit${search ? `?${search}` : ''}`, options);
}

export function auditQueryOptions(filters: AuditFilters) {
  return queryOptions({
    queryKey: stadiumKeys.audit(filters),
    queryFn: ({ signal }) => getAudit(filters, { signal }),
    ...pollEvery(REFRESH_MS.audit),
  });
}

/** The latest writes that passed Stadium, newest first, filtered on the proxy. */
export function useAudit(filters: AuditFilters) {
  return useQuery(auditQueryOptions(filters));
}
