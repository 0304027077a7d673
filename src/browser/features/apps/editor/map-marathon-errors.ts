/**
 * Turns a Marathon error response into something the editor can show where it belongs: a 422
 * detail at its field in the form and at its path in the JSON, a lock with a way to force, a
 * duplicate id, or a message about the document as a whole.
 */
import { lockingDeploymentIds } from '../../deployments';
import { fieldForDocumentPath, networkApiOf, type FormFieldId } from './form-fields';
import type { JsonValue } from './json-parser';
import { getAtPath, isJsonObject, pathToPointer, pointerToPath } from './json-path';

export interface ServerErrorResponse {
  status: number;
  body: unknown;
}

export interface PathError {
  /** JSON pointer into the user's document (`''` is the whole document). */
  pointer: string;
  /** The form field the error belongs to, when the form shows that part of the document. */
  field?: FormFieldId;
  messages: string[];
}

export type EditorServerError =
  /** 422, or 400 "Invalid JSON" with details: errors at paths. */
  | { kind: 'invalid'; status: number; message: string; errors: PathError[] }
  /** 409 with `deployments`: the app is locked; sending again with force=true cancels those deployments. */
  | { kind: 'locked'; message: string; deploymentIds: string[] }
  /** 409 without `deployments`: an app with this id exists. */
  | { kind: 'exists'; message: string }
  /** Anything else, shown as one message about the whole document (500 normalisation errors included). */
  | { kind: 'document'; status: number; message: string; details?: string };

/** `/container/portMappings(0)/hostPort`, or a 0.x `attribute` like `container.docker.image`. */
export function marathonPathToSegments(path: string): string[] {
  const withIndexes = path.replace(/\((\d+)\)/g, '/$1').replace(/\[(\d+)\]/g, '/$1');
  // Only the old dotted attribute form uses dots as separators; in a path they belong to keys.
  const slashed = path.includes('/') ? withIndexes : withIndexes.replace(/\./g, '/');
  return pointerToPath(slashed.startsWith('/') ? slashed : `/${slashed}`);
}

/**
 * Marathon 1.5+ validates the normalised app, so an old-form document gets errors at the new
 * paths. Point them back at what the user wrote.
 */
function toDocumentPath(app: JsonValue | undefined, segments: string[]): string[] {
  if (networkApiOf(app) !== 'legacy' || getAtPath(app, segments) !== undefined) return segments;
  const [first, second, ...rest] = segments;
  if (first === 'container' && second === 'portMappings') {
    return ['container', 'docker', 'portMappings', ...rest];
  }
  if (first === 'networks') {
    return getAtPath(app, ['container', 'docker', 'network']) !== undefined
      ? ['container', 'docker', 'network']
      : ['ipAddress'];
  }
  return segments;
}

function messageOf(body: unknown, fallback: string): string {
  return isJsonObject(body) && typeof body.message === 'string' ? body.message : fallback;
}

function pathErrors(details: JsonValue[], app: JsonValue | undefined): PathError[] {
  const errors: PathError[] = [];
  for (const detail of details) {
    if (!isJsonObject(detail)) continue;
    const rawPath = typeof detail.path === 'string' ? detail.path : detail.attribute;
    const rawMessages = Array.isArray(detail.errors) ? detail.errors : [detail.error];
    const messages = rawMessages.filter((m): m is string => typeof m === 'string');
    const segments =
      typeof rawPath === 'string' ? toDocumentPath(app, marathonPathToSegments(rawPath)) : [];
    const field = segments.length > 0 ? fieldForDocumentPath(app, segments) : undefined;
    errors.push({ pointer: pathToPointer(segments), ...(field ? { field } : {}), messages });
  }
  return errors;
}

export function mapMarathonError(
  response: ServerErrorResponse,
  app?: JsonValue,
): EditorServerError {
  const { status, body } = response;
  const message = messageOf(body, typeof body === 'string' ? body : '');
  const details = isJsonObject(body) ? body.details : undefined;
  if ((status === 422 || status === 400) && Array.isArray(details) && details.length > 0) {
    return { kind: 'invalid', status, message, errors: pathErrors(details, app) };
  }
  if (status === 409) {
    const deploymentIds = lockingDeploymentIds(body);
    return deploymentIds === null
      ? { kind: 'exists', message }
      : { kind: 'locked', message, deploymentIds };
  }
  return {
    kind: 'document',
    status,
    message,
    ...(typeof details === 'string' ? { details } : {}),
  };
}
