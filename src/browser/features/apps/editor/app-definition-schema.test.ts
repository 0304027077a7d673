import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { APP_AS_RETURNED, APP_FIXTURES } from '../../../testing/app-definition-fixtures';
import { appDefinitionSchema } from './app-definition-schema';
import { APP_TEMPLATES } from './templates';

// Monaco-only keywords; Ajv ignores them once declared.
const ajv = new Ajv({ allErrors: true, strictTuples: false });
ajv.addKeyword('deprecationMessage');
ajv.addKeyword('doNotSuggest');
const validate = ajv.compile(appDefinitionSchema);

describe('appDefinitionSchema', () => {
  it.each([...APP_FIXTURES, ...APP_TEMPLATES.map((t) => ({ name: t.id, text: t.text }))])(
    'accepts $name',
    ({ text }) => {
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each([
    [{ id: 'x', instances: 'three' }, '/instances'],
    [{ id: 'x', container: { type: 'RKT' } }, '/container/type'],
    [{ id: 'x', constraints: [['hostname', 'SOMETIMES']] }, '/constraints/0/1'],
    [{ id: 'x', networks: [{ mode: 'bridge' }] }, '/networks/0/mode'],
    [{ id: 'x', healthChecks: [{ protocol: 'PING' }] }, '/healthChecks/0/protocol'],
    [
      { id: 'x', container: { portMappings: [{ hostPort: 70000 }] } },
      '/container/portMappings/0/hostPort',
    ],
    [{ id: 'Upper_Case' }, '/id'],
    [{ cmd: 'no id' }, ''],
  ])('rejects %j at %s', (app, instancePath) => {
    expect(validate(app)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath);
  });

  it('allows unknown future fields but marks status fields for removal', () => {
    expect(validate({ id: 'x', someFutureField: { a: 1 } })).toBe(true);
    expect(validate(JSON.parse(APP_AS_RETURNED))).toBe(true);
    const properties = appDefinitionSchema.properties as Record<string, Record<string, unknown>>;
    expect(properties.version?.deprecationMessage).toMatch(/refuses/);
    expect(properties.tasksRunning?.doNotSuggest).toBe(true);
  });
});
