import { parseZookeeperAddress, type ZookeeperAddress } from './leaders/zookeeper-address';

/** Where one side (Mesos or Marathon) of the cluster is found, as given by --mesos / --marathon. */
export type UpstreamSource =
  | { kind: 'static'; urls: string[]; text: string }
  | { kind: 'zookeeper'; zookeeper: ZookeeperAddress; text: string };

/**
 * Parses a comma-separated list of base URLs (`http://m1:5050,http://m2:5050`) or a zk:// string.
 * Returns a reason without the flag name so callers can prefix it.
 */
export function parseUpstreamSource(value: string): UpstreamSource | { error: string } {
  const text = value.trim();
  if (!text) return { error: 'needs a comma-separated list of URLs or a zk:// string' };
  if (text.startsWith('zk://')) {
    const zookeeper = parseZookeeperAddress(text);
    return 'error' in zookeeper ? zookeeper : { kind: 'zookeeper', zookeeper, text };
  }
  const urls: string[] = [];
  for (const entry of text.split(',')) {
    const url = parseBaseUrl(entry.trim());
    if (typeof url !== 'string') return url;
    if (urls.includes(url)) return { error: `lists ${url} twice` };
    urls.push(url);
  }
  return { kind: 'static', urls, text };
}

function parseBaseUrl(entry: string): string | { error: string } {
  if (!entry) return { error: 'has an empty entry in its URL list' };
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return {
      error: `"${entry}" is not a URL (expected e.g. http://m1:5050 or zk://h1:2181/mesos)`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `"${entry}" must start with http:// or https://` };
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return { error: `"${entry}" must be a base URL like http://host:port, without path or query` };
  }
  return url.origin;
}

/** `zk://user:secret@h1:2181/mesos` -> `zk://user:(redacted)@h1:2181/mesos`, for logs and status. */
export function redactCredentials(text: string): string {
  return text.replace(/^(\w+:\/\/[^:@/]*):[^@/]*@/, '$1:(redacted)@');
}
