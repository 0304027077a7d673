import { describe, expect, it } from 'vitest';
import { APP_FIXTURES, fixtureText } from '../../../testing/app-definition-fixtures';
import { readAppForm } from './form-model';
import { appFromText } from '../../../testing/test-documents';
import { validateForm } from './validation-hints';

const hintsFor = (text: string) => validateForm(readAppForm(appFromText(text)));

describe('validateForm', () => {
  it('explains that UNIQUE takes no value (the seed sends "")', () => {
    expect(hintsFor(fixtureText(0))).toEqual([
      { field: '/constraints/0/value', code: 'uniqueTakesNoValue', severity: 'warning' },
    ]);
  });

  it('warns that a fixed host port needs a service port and allows one instance per agent', () => {
    const text = JSON.stringify({
      id: 'web',
      instances: 3,
      container: {
        type: 'DOCKER',
        docker: { image: 'nginx' },
        portMappings: [{ containerPort: 80, hostPort: 31030 }],
      },
      networks: [{ mode: 'container/bridge' }],
    });
    expect(hintsFor(text)).toEqual([
      {
        field: '/portMappings/0/servicePort',
        code: 'fixedHostPortNeedsServicePort',
        severity: 'warning',
        params: { hostPort: 31030 },
      },
      {
        field: '/portMappings/0/hostPort',
        code: 'fixedHostPortLimitsInstances',
        severity: 'warning',
        params: { hostPort: 31030, instances: 3 },
      },
    ]);
  });

  it('checks constraint values per operator', () => {
    const text = JSON.stringify({
      id: 'c',
      constraints: [
        ['hostname', 'MAX_PER', 'two'],
        ['hostname', 'MAX_PER'],
        ['@zone', 'GROUP_BY', 'x'],
        ['@zone', 'GROUP_BY'],
        ['rack', 'LIKE'],
        ['rack', 'NEAR', 'x'],
        ['hostname', 'CLUSTER'],
        ['hostname', 'MAX_PER', '2'],
      ],
    });
    expect(hintsFor(text).map((h) => [h.field, h.code])).toEqual([
      ['/constraints/0/value', 'maxPerNeedsInteger'],
      ['/constraints/1/value', 'maxPerNeedsInteger'],
      ['/constraints/2/value', 'groupByNeedsInteger'],
      ['/constraints/4/value', 'operatorNeedsValue'],
      ['/constraints/5/operator', 'unknownOperator'],
    ]);
  });

  it('checks ids, numbers, ports, images, cmd with args, and network names', () => {
    const text = JSON.stringify({
      id: '/Bad_Id',
      cmd: 'x',
      args: ['y'],
      cpus: 'one',
      instances: 1.5,
      container: {
        type: 'DOCKER',
        docker: { network: 'USER', portMappings: [{ containerPort: 70000 }] },
      },
    });
    expect(hintsFor(text).map((h) => [h.field, h.code])).toEqual([
      ['/id', 'idFormat'],
      ['/cmd', 'cmdAndArgs'],
      ['/cpus', 'notANumber'],
      ['/instances', 'notAnInteger'],
      ['/dockerImage', 'dockerNeedsImage'],
      ['/networkName', 'userNetworkNeedsName'],
      ['/portMappings/0/containerPort', 'portRange'],
    ]);
  });

  it('flags port mappings in both the 1.4 and the 1.5 place, and a name on a non-USER network', () => {
    const text = JSON.stringify({
      id: 'mixed',
      container: { type: 'DOCKER', docker: { image: 'x', portMappings: [] }, portMappings: [] },
      ipAddress: { networkName: 'dcos' },
    });
    expect(hintsFor(text).map((h) => h.code)).toEqual([
      'networkNameOnlyForUser',
      'portMappingsInBothPlaces',
    ]);
  });

  it.each(APP_FIXTURES.slice(1, 4).map((f) => [f.name, f.text]))(
    '%s: only what is really wrong',
    (_name, text) => {
      const codes = hintsFor(text).map((h) => h.code);
      expect(
        codes.every((c) => ['uniqueTakesNoValue', 'fixedHostPortLimitsInstances'].includes(c)),
      ).toBe(true);
    },
  );
});
