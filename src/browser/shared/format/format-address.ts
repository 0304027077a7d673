/** `http://10.0.0.1:5050/` -> `10.0.0.1:5050`: operators know nodes by host:port. */
export function formatAddress(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}
