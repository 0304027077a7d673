import type { MarathonApp, MarathonPod } from '../../../../api/marathon';
import { serializeDocument } from '../editor/apply-form-patch';
import type { JsonObject } from '../editor/json-parser';
import { stripStatusFields } from '../editor/strip-status-fields';

/**
 * The app (or pod) as a definition one could POST again: Marathon's status fields removed, in the
 * editor's canonical layout so the configuration, versions diff and Edit all agree.
 */
export function definitionText(app: MarathonApp | MarathonPod | JsonObject): string {
  // Marathon's answer is JSON; its declared type is just narrower than the editor's.
  return serializeDocument(stripStatusFields(app as JsonObject));
}

/** `/prod/web` -> `prod_web.json`, as Marathon names the app's tasks. */
export function definitionFileName(appId: string): string {
  return `${appId.split('/').filter(Boolean).join('_') || 'app'}.json`;
}
