/** `host:port` of a base URL, lower-cased, with the scheme's default port filled in. */
export function hostPortOf(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  return `${parsed.hostname.toLowerCase()}:${port}`;
}

/**
 * Normalises what an upstream reports as a leader (`host:port`, `http://host:port`, or a
 * scheme-less `//host:port/...` Location) to `host:port`; null when it names no host.
 */
export function reportedHostPort(reported: string): string | null {
  const text = reported.trim();
  if (!text) return null;
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
      ? text
      : `http://${text.replace(/^\/\//, '')}`;
    return hostPortOf(new URL(withScheme).origin);
  } catch {
    return null;
  }
}
