/** `/api/agents/<agentId>/files/<call>?path=...`, the files API of the agent through the proxy. */
export function agentFilesUrl(
  agentId: string,
  call: 'browse' | 'read' | 'download',
  path: string,
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ path, ...extra });
  return `/api/agents/${encodeURIComponent(agentId)}/files/${call}?${query.toString()}`;
}
