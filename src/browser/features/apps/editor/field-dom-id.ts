import type { FormFieldId } from './form-fields';

/** A DOM id for a form field: the field pointer with anything outside [A-Za-z0-9-] escaped. */
export function fieldDomId(prefix: string, field: FormFieldId): string {
  return `${prefix}${field.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}
