/** A parsed `zk://[user:pass@]h1:2181,h2:2181/path` string, as in the seed's /etc/mesos/zk. */
export interface ZookeeperAddress {
  /** `h1:2181,h2:2181`, the form ZooKeeper clients take. */
  connectionString: string;
  /** The znode path, e.g. `/mesos`; never `/`, never with a trailing slash. */
  path: string;
  /** Digest credentials from `user:pass@`, if given. */
  auth?: { user: string; password: string };
}

const HOST_PORT = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

/** Parses a zk:// string; returns a reason (without the flag name) when it is not one. */
export function parseZookeeperAddress(value: string): ZookeeperAddress | { error: string } {
  const match = /^zk:\/\/(?:([^@/]*)@)?([^/]*)(\/.*)?$/.exec(value);
  if (!match) return { error: `"${value}" is not a zk:// string` };
  const [, credentials, hostList = '', rawPath = ''] = match;
  const hosts = hostList.split(',');
  for (const host of hosts) {
    const hostMatch = HOST_PORT.exec(host);
    if (!host || !hostMatch) return { error: `"${value}" has an invalid ZooKeeper host "${host}"` };
    const port = hostMatch[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      return { error: `"${value}" has an invalid port in "${host}"` };
    }
  }
  const path = rawPath.replace(/\/+$/, '');
  if (!path || path.includes('//') || /\/\.\.?(\/|$)/.test(path)) {
    return { error: `"${value}" needs a znode path such as /mesos or /marathon` };
  }
  const address: ZookeeperAddress = {
    // ZooKeeper's own default port, as in the seed's `zk://h1:2181,...` strings.
    connectionString: hosts
      .map((host) => (HOST_PORT.exec(host)?.[1] ? host : `${host}:2181`))
      .join(','),
    path,
  };
  if (credentials !== undefined) {
    const colon = credentials.indexOf(':');
    if (colon <= 0) return { error: `"${value}" has credentials without user:password` };
    address.auth = { user: credentials.slice(0, colon), password: credentials.slice(colon + 1) };
  }
  return address;
}
