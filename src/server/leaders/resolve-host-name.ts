import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const LOOKUP_TIMEOUT_MS = 2_000;

/** The addresses a host name resolves to (`[::1]` form for IPv6); none when it does not resolve in time. */
export async function resolveHostName(hostname: string): Promise<string[]> {
  if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) return [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<[]>((resolve) => {
    timer = setTimeout(() => resolve([]), LOOKUP_TIMEOUT_MS);
  });
  try {
    const found = lookup(hostname, { all: true }).then(
      (addresses) =>
        addresses.map(({ address, family }) => (family === 6 ? `[${address}]` : address)),
      () => [],
    );
    return await Promise.race([found, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
