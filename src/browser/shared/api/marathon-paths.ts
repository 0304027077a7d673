/**
 * Marathon URLs through Stadium's proxy. App ids are absolute paths (`/prod/web`); in a URL they
 * go without the leading slash, each segment encoded.
 */
export const MARATHON_API = '/api/marathon/v2';

export function appIdSegments(appId: string): string {
  return appId
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
}

export function appApiPath(appId: string): string {
  return `${MARATHON_API}/apps/${appIdSegments(appId)}`;
}

/** A pod's URL; its sub-resources follow after `::` (`::status`, `::versions`, `::instances`). */
export function podApiPath(podId: string): string {
  return `${MARATHON_API}/pods/${appIdSegments(podId)}`;
}

/** `?embed=a&embed=b` (Marathon reads the repeated form). */
export function embedQuery(embeds: readonly string[]): string {
  return embeds.map((embed) => `embed=${encodeURIComponent(embed)}`).join('&');
}

/** `?force=true&...` for the options that are set; '' when none is. */
export function writeQuery(flags: Record<string, boolean | undefined>): string {
  const query = Object.entries(flags)
    .filter((entry): entry is [string, boolean] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}
