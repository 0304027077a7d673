/**
 * Query keys, one factory per upstream with the source first, so a leader change on one side
 * can invalidate that side only (`invalidateQueries({ queryKey: mesosKeys.all })`).
 */
export const stadiumKeys = {
  all: ['stadium'] as const,
  cluster: () => [...stadiumKeys.all, 'cluster'] as const,
};

export const mesosKeys = {
  all: ['mesos'] as const,
  stateSummary: () => [...mesosKeys.all, 'master', 'state-summary'] as const,
  metricsSnapshot: () => [...mesosKeys.all, 'metrics', 'snapshot'] as const,
};

export const marathonKeys = {
  all: ['marathon'] as const,
};
