import { describe, expect, it } from 'vitest';
import { MARATHON_STATUS_FIELDS } from '../../../../api/marathon';
import { APP_AS_RETURNED } from '../../../testing/app-definition-fixtures';
import { stripStatusFields } from './strip-status-fields';
import { appFromText } from '../../../testing/test-documents';

describe('stripStatusFields', () => {
  const returned = appFromText(APP_AS_RETURNED);

  it('drops every status field Marathon refuses, version and versionInfo included', () => {
    const definition = stripStatusFields(returned);
    for (const field of MARATHON_STATUS_FIELDS) expect(definition).not.toHaveProperty(field);
    expect(definition).not.toHaveProperty('version');
    expect(definition).not.toHaveProperty('versionInfo');
  });

  it('keeps the definition, in its order, and nested keys that happen to share a status name', () => {
    const definition = stripStatusFields(returned);
    expect(Object.keys(definition)).toEqual([
      'id',
      'cmd',
      'args',
      'user',
      'env',
      'instances',
      'cpus',
      'mem',
      'disk',
      'gpus',
      'constraints',
      'labels',
      'container',
      'networks',
    ]);
    expect(definition.labels).toEqual({ version: "keep: a label named version is the user's" });
    expect(definition.container).toEqual(returned.container);
  });
});
