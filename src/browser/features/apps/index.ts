/**
 * What other features may use of apps: the pods, for the global search (Ctrl+K) to list them
 * next to apps and groups. `usePods` is every pod with its status (`/v2/pods/::status`, empty on a
 * Marathon without pods); `podSearchEntries` turns that into id, labels, container names and
 * images to match on; link a hit with `paths.pod.href(id)`.
 */
export { usePods } from './api/get-pods';
export { podSearchEntries, type PodSearchEntry } from './utils/pod-summary';
