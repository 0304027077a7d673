import { describe, expect, it } from 'vitest';
import { applyFormEdit } from './apply-form-patch';
import { fieldForDocumentPath, readField } from './form-fields';
import type { JsonObject } from './json-parser';

const POD: JsonObject = {
  id: '/shop/cart',
  containers: [{ name: 'web', exec: { command: { shell: 'sleep 1' } }, futureKey: 1 }],
};

describe('pod form fields', () => {
  it('read and write instances, and each container’s name, image, cpus and mem at their paths', () => {
    let pod = applyFormEdit(POD, { kind: 'set', field: '/podInstances', value: 3 });
    expect(pod.scaling).toEqual({ kind: 'fixed', instances: 3 });
    pod = applyFormEdit(pod, { kind: 'set', field: '/podInstances', value: 4 });
    expect(pod.scaling).toEqual({ kind: 'fixed', instances: 4 });
    pod = applyFormEdit(pod, { kind: 'set', field: '/containers/0/image', value: 'nginx' });
    pod = applyFormEdit(pod, { kind: 'set', field: '/containers/0/mem', value: 64 });
    expect(pod.containers).toEqual([
      {
        name: 'web',
        exec: { command: { shell: 'sleep 1' } },
        futureKey: 1,
        image: { kind: 'DOCKER', id: 'nginx' },
        resources: { mem: 64 },
      },
    ]);
    expect(readField(pod, '/containers/0/image')).toBe('nginx');
    // Removing the last resource takes the emptied `resources` with it.
    pod = applyFormEdit(pod, { kind: 'set', field: '/containers/0/mem', value: undefined });
    expect(pod.containers).toEqual([expect.not.objectContaining({ resources: expect.anything() })]);
  });

  it('places a 422 on the pod path at its form field', () => {
    expect(fieldForDocumentPath(POD, ['containers', 0, 'resources', 'cpus'])).toBe(
      '/containers/0/cpus',
    );
    expect(fieldForDocumentPath(POD, ['containers', 0, 'image', 'id'])).toBe('/containers/0/image');
    expect(fieldForDocumentPath(POD, ['containers', 0, 'endpoints', 0])).toBe('/containers/0');
    expect(fieldForDocumentPath(POD, ['scaling', 'instances'])).toBe('/podInstances');
  });
});
