/**
 * The cluster model's slices change at most once per master poll (2 s on small clusters, minutes
 * on huge ones) and answer unchanged polls with 304, so lists poll on one shared interval.
 */
export const CLUSTER_POLL_MS = 5_000;

/** `/api/cluster/<path>?...` with empty parameters left out, so equal views share one URL. */
export function clusterPath(
  path: string,
  params: Record<string, string | number | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return `/api/cluster/${path}${query ? `?${query}` : ''}`;
}
