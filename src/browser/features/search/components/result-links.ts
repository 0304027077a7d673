import type { SearchKind, SearchResult } from '../../../../api/search';
import { paths } from '../../../shared/paths';

/**
 * The page each kind of result opens, built with the path helpers (ids are encoded, never
 * trusted as a URL). A new kind is one entry here and one source in the proxy.
 */
export const RESULT_LINKS: Record<SearchKind, (result: SearchResult) => string> = {
  app: (result) => paths.app.href(result.id),
  pod: (result) => paths.pod.href(result.id),
  group: (result) => paths.apps.href(new URLSearchParams({ group: result.id })),
  agent: (result) => paths.agent.href(result.id),
  framework: (result) => paths.framework.href(result.id),
  task: (result) => paths.task.href(result.id, result.frameworkId),
};
