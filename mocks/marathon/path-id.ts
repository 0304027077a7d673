/** Marathon path ids (`/prod/web`): canonical form and the id rules of `PathId.scala`. */

const SEGMENT_PATTERN_SOURCE =
  '^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$';
const SEGMENT_PATTERN = new RegExp(`^(?:${SEGMENT_PATTERN_SOURCE})$`);
const RESERVED_KEYWORDS = ['restart', 'tasks', 'versions', '.', '..'];

/** Resolves `.`/`..` and makes the id absolute: `foo` -> `/foo`, `/a/../b/` -> `/b`. */
export function canonicalPath(id: string): string {
  const out: string[] = [];
  for (const segment of id.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** The raw segments as written (before `..` resolution), which is what Marathon validates. */
function rawSegments(id: string): string[] {
  return id.split('/').filter((segment) => segment !== '');
}

/** Violations for the `id` field, empty when valid. */
export function pathIdErrors(id: string): string[] {
  const errors: string[] = [];
  const segments = rawSegments(id);
  if (!segments.every((segment) => SEGMENT_PATTERN.test(segment))) {
    errors.push(`must fully match regular expression '${SEGMENT_PATTERN_SOURCE}'`);
  }
  const last = segments.at(-1);
  if (last !== undefined && RESERVED_KEYWORDS.includes(last)) {
    errors.push(
      `must not end with any of the following reserved keywords: ${RESERVED_KEYWORDS.join(', ')}`,
    );
  }
  return errors;
}

/** All group ids above an app id: `/a/b/c` -> [`/`, `/a`, `/a/b`]. */
export function parentGroups(appId: string): string[] {
  const segments = rawSegments(appId);
  const groups = ['/'];
  for (let i = 1; i < segments.length; i += 1) groups.push(`/${segments.slice(0, i).join('/')}`);
  return groups;
}
