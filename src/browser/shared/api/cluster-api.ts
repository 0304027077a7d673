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
