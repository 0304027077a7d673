import { networkInterfaces } from 'node:os';
import type { PipelineStep } from './request-pipeline';

/** Where Stadium may be reached: what it listens on and the operator's --public-url. */
export interface HostPolicy {
  /** The --host address it listens on (bare IPv6, as listen() takes it). */
  listenHost: string;
  /** --public-url: the address users open behind a load balancer or a DNS name. */
  publicUrl?: URL;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** `[::1]` for IPv6 literals, as they appear in Host and in URL.hostname. */
function asHostName(address: string): string {
  return address.includes(':') ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

/**
 * Host names (any port) that Stadium answers to. A DNS-rebinding page makes the browser send its
 * own name as Host, never one of these; the port adds nothing against that, and differs behind
 * port mappings and Vite's dev server.
 */
export function allowedHostNames(policy: HostPolicy): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARDS.has(policy.listenHost)) {
    // Listening everywhere: the machine's own addresses are how others reach it.
    for (const addresses of Object.values(networkInterfaces())) {
      for (const { address } of addresses ?? []) names.add(asHostName(address));
    }
  } else {
    names.add(asHostName(policy.listenHost));
  }
  if (policy.publicUrl) names.add(policy.publicUrl.hostname.toLowerCase());
  return names;
}

const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/;

/** The host name of a Host header value (without port, lower case), or null when it is not one. */
export function hostNameOf(host: string | undefined): string | null {
  return HOST_HEADER.exec((host ?? '').toLowerCase())?.[1] ?? null;
}

/** DNS rebinding: only Host names Stadium expects are served; the rest get 421. */
export function hostStep(policy: HostPolicy): PipelineStep {
  const allowed = allowedHostNames(policy);
  const hint = policy.publicUrl
    ? `Open Stadium at ${policy.publicUrl.origin}`
    : 'Open Stadium by the address it listens on, or start it with --public-url <url> naming the address users open';
  return ({ headers }) => {
    const host = headers.host;
    const name = hostNameOf(host);
    if (name !== null && allowed.has(name)) return undefined;
    return {
      status: 421,
      reason: 'foreign-host',
      message:
        `Stadium does not answer to the host "${host ?? ''}" (a guard against DNS rebinding). ` +
        `${hint}.`,
    };
  };
}
