/** `GET /api/search?q=`: what the search palette lists, best matches of each kind first. */
export interface SearchAnswer {
  query: string;
  results: SearchResult[];
}

export interface SearchResult {
  /** Which source found it; the console maps each kind to its page. */
  kind: SearchKind;
  /** The id the page is addressed by (app, pod or group path, agent, framework or task id). */
  id: string;
  /** What the palette shows first (hostname, framework name, the id). */
  label: string;
  /** A second line: what matched or where it is. */
  detail?: string;
  /** Tasks: their framework, since task ids are unique per framework only. */
  frameworkId?: string;
}

export type SearchKind = 'app' | 'pod' | 'group' | 'agent' | 'framework' | 'task';
