/**
 * Link targets built from upstream data (a framework's webui_url, an agent's hostname). Upstreams
 * are not trusted as URLs: only http(s) targets become links; anything else stays text.
 */
export function httpLink(text: string | null): string | null {
  if (text === null) return null;
  try {
    const url = new URL(text);
    // The text as the upstream wrote it, once it is known to be an http(s) URL.
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+)$/;

/** `http://host:port` for a task's host port; null when the host is not a plain name or address. */
export function hostPortLink(host: string | null, port: number): string | null {
  return host !== null && HOST.test(host) ? `http://${host}:${port}` : null;
}
