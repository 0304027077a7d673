/** `scheme://userinfo@`: credentials written into an upstream string (zk://, http://, https://). */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/@\s,]*)@/gi;

/**
 * Upstream strings as shown anywhere (/api/cluster, the console, logs, error messages): the
 * password (or a lone token) of any userinfo is replaced, `zk://user:pass@h` -> `zk://user:***@h`.
 */
export function redactUserinfo(text: string): string {
  return text.replace(USERINFO, (_match, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return `${scheme}${colon === -1 ? '***' : `${userinfo.slice(0, colon)}:***`}@`;
  });
}
