/**
 * What ZooKeeper members say about their address is data from outside: a port of 99999 or a host
 * name with a space must be refused here, with a reason, rather than reach `new URL()` and throw.
 */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;

export type CheckedHostPort = { hostPort: string } | { problem: string };

/** `host:port` for a usable host and a port from 1 to 65535; else why not. */
export function checkHostPort(host: string, port: number | string): CheckedHostPort {
  const portText = String(port);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    return { problem: `port ${JSON.stringify(port)} is not a port from 1 to 65535` };
  }
  if (!HOST_NAME.test(host) && !IPV6.test(host)) {
    return { problem: `host ${JSON.stringify(host.slice(0, 100))} is not a host name or address` };
  }
  try {
    new URL(`http://${host}:${portText}`);
  } catch {
    return { problem: `${host}:${portText} is not a usable address` };
  }
  return { hostPort: `${host}:${Number(portText)}` };
}

/** Splits `host:port` (IPv6 in brackets) and checks both halves. */
export function checkHostPortText(text: string): CheckedHostPort {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return { problem: `${JSON.stringify(text.slice(0, 100))} has no host:port` };
  return checkHostPort(text.slice(0, colon), text.slice(colon + 1));
}
