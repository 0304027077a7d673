import { parseZookeeperAddress, type ZookeeperAddress } from './leaders/zookeeper-address';
import { redactUserinfo } from './redact-secrets';

/** `user:password` from an upstream URL's userinfo, sent to that node as HTTP Basic auth. */
export interface UpstreamCredentials {
  user: string;
  password: string;
}

/**
 * Where one side (Mesos or Marathon) of the cluster is found, as given by --mesos / --marathon.
 * `text` is what the operator wrote, credentials and all: show it only through redactUserinfo.
 */
export type UpstreamSource =
  | {
      kind: 'static';
      /** Base URLs without credentials. */
      urls: string[];
      /** Base URL -> the credentials its userinfo gave. */
      credentials: Map<string, UpstreamCredentials>;
      text: string;
    }
  | { kind: 'zookeeper'; zookeeper: ZookeeperAddress; text: string };

/**
 * Parses a comma-separated list of base URLs (`http://m1:5050,http://ops:pw@m2:5050`) or a zk://
 * string. Returns a reason without the flag name (and without passwords) so callers can prefix it.
 */
export function parseUpstreamSource(value: string): UpstreamSource | { error: string } {
  const parsed = parseSource(value);
  return 'error' in parsed ? { error: redactUserinfo(parsed.error) } : parsed;
}

function parseSource(value: string): UpstreamSource | { error: string } {
  const text = value.trim();
  if (!text) return { error: 'needs a comma-separated list of URLs or a zk:// string' };
  if (text.startsWith('zk://')) {
    const zookeeper = parseZookeeperAddress(text);
    return 'error' in zookeeper ? zookeeper : { kind: 'zookeeper', zookeeper, text };
  }
  const urls: string[] = [];
  const credentials = new Map<string, UpstreamCredentials>();
  for (const entry of text.split(',')) {
    const url = parseBaseUrl(entry.trim());
    if ('error' in url) return url;
    if (urls.includes(url.origin)) return { error: `lists ${url.origin} twice` };
    urls.push(url.origin);
    if (url.credentials) credentials.set(url.origin, url.credentials);
  }
  return { kind: 'static', urls, credentials, text };
}

function parseBaseUrl(
  entry: string,
): { origin: string; credentials?: UpstreamCredentials } | { error: string } {
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
  if (url.search || url.hash || url.pathname !== '/') {
    return { error: `"${entry}" must be a base URL like http://host:port, without path or query` };
  }
  if (!url.username && !url.password) return { origin: url.origin };
  try {
    const user = decodeURIComponent(url.username);
    return {
      origin: url.origin,
      credentials: { user, password: decodeURIComponent(url.password) },
    };
  } catch {
    return { error: `"${entry}" has credentials that are not valid percent-encoding` };
  }
}
