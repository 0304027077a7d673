/**
 * The editor's promise: JSON -> form -> JSON never drops or changes anything the user did not
 * edit. Every fixture goes through a no-op edit of every field, typical edits, and each field's
 * edit followed by its inverse.
 */
import { describe, expect, it } from 'vitest';
import { APP_FIXTURES, fixtureText } from '../../../testing/app-definition-fixtures';
import { applyFormEditToDocument, createAppDocument, type AppDocument } from './app-document';
import { applyFormEdit, serializeDocument, type FormEdit } from './apply-form-patch';
import { fieldId, networkApiOf, readField, type FormFieldId } from './form-fields';
import { readAppForm, type AppFormModel } from './form-model';
import type { JsonObject, JsonValue } from './json-parser';

function appOf(document: AppDocument): JsonObject {
  if (!document.app) throw new Error(`fixture does not parse: ${JSON.stringify(document.problem)}`);
  return document.app;
}

const original = (text: string) => JSON.parse(text) as JsonObject;
const clone = (value: JsonValue) => JSON.parse(JSON.stringify(value)) as JsonObject;

/** Every field the form shows for this document, as FormEditor renders them. */
function visibleFields(model: AppFormModel): FormFieldId[] {
  const fields: FormFieldId[] = [
    '/id',
    '/cmd',
    '/cpus',
    '/mem',
    '/disk',
    '/instances',
    '/containerType',
    '/networkMode',
  ];
  if (model.containerType !== undefined) fields.push('/dockerImage', '/forcePullImage');
  if (model.effectiveNetworkMode === 'USER' || model.networkName !== undefined)
    fields.push('/networkName');
  for (const row of model.portMappings)
    for (const key of Object.keys(row.values)) fields.push(fieldId('portMappings', row.index, key));
  for (const row of model.volumes)
    for (const key of Object.keys(row.values)) fields.push(fieldId('volumes', row.index, key));
  for (const row of model.constraints)
    for (const key of Object.keys(row.values)) fields.push(fieldId('constraints', row.index, key));
  for (const row of model.healthChecks)
    for (const key of Object.keys(row.values)) fields.push(fieldId('healthChecks', row.index, key));
  for (const entry of model.env) fields.push(fieldId('env', entry.key));
  for (const entry of model.labels) fields.push(fieldId('labels', entry.key));
  return fields;
}

const NUMERIC =
  /\/(cpus|mem|disk|instances|containerPort|hostPort|servicePort|portIndex|\w+Seconds|maxConsecutiveFailures)$/;

/** A value different from `current` that the form could write into this field. */
function otherValue(field: FormFieldId, current: JsonValue | undefined): JsonValue {
  if (field === '/networkMode') return current === 'BRIDGE' ? 'USER' : 'BRIDGE';
  if (field === '/containerType') return current === 'DOCKER' ? 'MESOS' : 'DOCKER';
  if (field === '/forcePullImage') return current !== true;
  if (typeof current === 'number') return current + 1;
  if (typeof current === 'string') return `${current}-edited`;
  return NUMERIC.test(field) ? 7 : 'edited';
}

describe.each(APP_FIXTURES)('$name', ({ text }) => {
  const document = createAppDocument(text);
  const app = appOf(document);
  const model = readAppForm(app);
  const fields = visibleFields(model);

  it('parses to exactly what JSON.parse reads', () => {
    expect(app).toEqual(original(text));
  });

  it('keeps the text untouched when a field is set to the value it already has', () => {
    for (const field of fields) {
      const edit: FormEdit = { kind: 'set', field, value: readField(app, field) };
      expect(applyFormEditToDocument(document, edit)).toBe(document);
    }
  });

  it.each(fields.map((field) => [field]))(
    '%s: an edit then its inverse gives back the document',
    (field) => {
      const before = readField(app, field);
      const edited = applyFormEdit(app, { kind: 'set', field, value: otherValue(field, before) });
      expect(readField(edited, field)).toEqual(otherValue(field, before));
      const restored = applyFormEdit(edited, { kind: 'set', field, value: before });
      expect(restored).toEqual(original(text));
      // Key order too: the serialised text is what the untouched document serialises to.
      expect(serializeDocument(restored)).toBe(serializeDocument(app));
    },
  );

  it('changes only the edited field (cpus) and keeps everything else, unknown keys included', () => {
    const next = appOf(
      applyFormEditToDocument(document, { kind: 'set', field: '/cpus', value: 2.5 }),
    );
    const expected = clone(original(text));
    expected.cpus = 2.5;
    expect(next).toEqual(expected);
  });

  it('re-serialises with 2-space indentation and a final newline after an edit', () => {
    const next = applyFormEditToDocument(document, { kind: 'set', field: '/instances', value: 5 });
    expect(next.text).toBe(`${JSON.stringify(next.app, null, 2)}\n`);
    expect(next.text).toMatch(/^\{\n {2}"/);
  });

  it('adds and removes a port mapping in the networking form the document already uses', () => {
    const legacy = networkApiOf(app) === 'legacy';
    const added = applyFormEdit(app, { kind: 'addItem', collection: 'portMappings' });
    const where = legacy ? ['container', 'docker', 'portMappings'] : ['container', 'portMappings'];
    const list = where.reduce<JsonValue | undefined>(
      (v, k) => (v as JsonObject | undefined)?.[k],
      added,
    );
    expect(Array.isArray(list)).toBe(true);
    const count = (list as JsonValue[]).length;
    expect(readAppForm(added).portMappings).toHaveLength(count);
    const removed = applyFormEdit(added, {
      kind: 'removeItem',
      collection: 'portMappings',
      index: count - 1,
    });
    if (model.portMappings.length > 0) expect(removed).toEqual(original(text));
  });
});

describe('typical edits give exactly the expected document', () => {
  const nginx = appOf(createAppDocument(fixtureText(0)));
  const api = appOf(createAppDocument(fixtureText(5)));
  const future = appOf(createAppDocument(fixtureText(16)));

  it('changes the image without touching the rest of docker (marathon#4051)', () => {
    const cleared = applyFormEdit(api, { kind: 'set', field: '/dockerImage', value: undefined });
    const expected = clone(api);
    delete (expected.container as { docker: JsonObject }).docker.image;
    expect(cleared).toEqual(expected);
    const retyped = applyFormEdit(cleared, {
      kind: 'set',
      field: '/dockerImage',
      value: 'registry.local/api:2.2',
    });
    (expected.container as { docker: JsonObject }).docker.image = 'registry.local/api:2.2';
    expect(retyped).toEqual(expected);
  });

  it('keeps forcePullImage and unknown docker keys when the image changes (marathon#2674)', () => {
    const next = applyFormEdit(future, { kind: 'set', field: '/dockerImage', value: 'x/y:2' });
    expect((next.container as { docker: JsonObject }).docker).toEqual({
      image: 'x/y:2',
      futureDockerKey: ['a'],
      forcePullImage: false,
    });
  });

  it('writes the network in the 1.4 form for a 1.4 document and in the 1.5 form otherwise', () => {
    const legacyHost = applyFormEdit(nginx, { kind: 'set', field: '/networkMode', value: 'HOST' });
    expect((legacyHost.container as { docker: JsonObject }).docker.network).toBe('HOST');
    expect(legacyHost.networks).toBeUndefined();

    const canonicalUser = applyFormEdit(api, { kind: 'set', field: '/networkMode', value: 'USER' });
    expect(canonicalUser.networks).toEqual([{ mode: 'container' }]);
    const named = applyFormEdit(canonicalUser, {
      kind: 'set',
      field: '/networkName',
      value: 'dcos',
    });
    expect(named.networks).toEqual([{ mode: 'container', name: 'dcos' }]);

    const basic = appOf(createAppDocument(fixtureText(2)));
    const bridged = applyFormEdit(basic, { kind: 'set', field: '/networkMode', value: 'BRIDGE' });
    expect(bridged.networks).toEqual([{ mode: 'container/bridge' }]);
    expect(bridged.container).toBeUndefined();
  });

  it('reads the network from both forms', () => {
    expect(readAppForm(nginx)).toMatchObject({
      networkApi: 'legacy',
      networkMode: 'BRIDGE',
      effectiveNetworkMode: 'BRIDGE',
    });
    expect(readAppForm(api)).toMatchObject({ networkApi: 'canonical', networkMode: 'BRIDGE' });
    const userLegacy = readAppForm(appOf(createAppDocument(fixtureText(6))));
    expect(userLegacy).toMatchObject({
      networkApi: 'legacy',
      effectiveNetworkMode: 'USER',
      networkName: 'dcos',
    });
    const userCanonical = readAppForm(appOf(createAppDocument(fixtureText(7))));
    expect(userCanonical).toMatchObject({
      effectiveNetworkMode: 'USER',
      networkName: 'dcos',
      extraNetworks: 1,
    });
    const basic = readAppForm(appOf(createAppDocument(fixtureText(2))));
    expect(basic).toMatchObject({ networkMode: undefined, effectiveNetworkMode: 'HOST' });
  });

  it('edits a port mapping field in place, keeping its unknown keys', () => {
    const next = applyFormEdit(future, {
      kind: 'set',
      field: '/portMappings/0/hostPort',
      value: 31000,
    });
    expect((next.container as { portMappings: JsonValue[] }).portMappings).toEqual([
      { containerPort: 80, hostPort: 31000, futurePortKey: { x: 1 } },
    ]);
    const legacy = applyFormEdit(nginx, {
      kind: 'set',
      field: '/portMappings/0/servicePort',
      value: 10001,
    });
    expect(((legacy.container as JsonObject).docker as JsonObject).portMappings).toEqual([
      { containerPort: 80, hostPort: 0, servicePort: 10001, protocol: 'tcp' },
    ]);
  });

  it('edits constraints element by element: operator, then value, keeping the 2- or 3-element form', () => {
    const cluster = applyFormEdit(nginx, {
      kind: 'set',
      field: '/constraints/0/operator',
      value: 'CLUSTER',
    });
    expect(cluster.constraints).toEqual([['hostname', 'CLUSTER', '']]);
    const noValue = applyFormEdit(nginx, {
      kind: 'set',
      field: '/constraints/0/value',
      value: undefined,
    });
    expect(noValue.constraints).toEqual([['hostname', 'UNIQUE']]);
    const added = applyFormEdit(noValue, { kind: 'addItem', collection: 'constraints' });
    const maxPer = applyFormEdit(
      applyFormEdit(added, { kind: 'set', field: '/constraints/1/operator', value: 'MAX_PER' }),
      { kind: 'set', field: '/constraints/1/value', value: '2' },
    );
    expect(maxPer.constraints).toEqual([
      ['hostname', 'UNIQUE'],
      ['hostname', 'MAX_PER', '2'],
    ]);
  });

  it('renames an env variable in place and keeps secret references', () => {
    const secure = appOf(createAppDocument(fixtureText(11)));
    const renamed = applyFormEdit(secure, {
      kind: 'renameEntry',
      collection: 'env',
      from: 'DB_HOST',
      to: 'DATABASE_HOST',
    });
    expect(Object.keys(renamed.env as JsonObject)).toEqual(['DATABASE_HOST', 'DB_PASSWORD']);
    expect((renamed.env as JsonObject).DB_PASSWORD).toEqual({ secret: 'dbpass' });
    expect(renamed.secrets).toEqual(secure.secrets);
    const removed = applyFormEdit(renamed, {
      kind: 'removeEntry',
      collection: 'env',
      key: 'DATABASE_HOST',
    });
    expect(removed.env).toEqual({ DB_PASSWORD: { secret: 'dbpass' } });
  });

  it('adds a label to an app without labels and an env variable to one without env', () => {
    const labelled = applyFormEdit(nginx, {
      kind: 'set',
      field: '/labels/HAPROXY_GROUP',
      value: 'external',
    });
    expect(labelled.labels).toEqual({ HAPROXY_GROUP: 'external' });
    expect(Object.keys(labelled).at(-1)).toBe('labels');
    const withDots = applyFormEdit(api, {
      kind: 'set',
      field: fieldId('labels', 'com.example.team'),
      value: 'core',
    });
    expect(withDots.labels).toEqual({ HAPROXY_GROUP: 'external', 'com.example.team': 'core' });
  });

  it('adds a health check and sets its command, removing an emptied command object', () => {
    const added = applyFormEdit(nginx, { kind: 'addItem', collection: 'healthChecks' });
    const command = applyFormEdit(
      applyFormEdit(added, { kind: 'set', field: '/healthChecks/0/protocol', value: 'COMMAND' }),
      { kind: 'set', field: '/healthChecks/0/command', value: 'true' },
    );
    expect((command.healthChecks as JsonObject[])[0]).toMatchObject({
      protocol: 'COMMAND',
      command: { value: 'true' },
    });
    const cleared = applyFormEdit(command, {
      kind: 'set',
      field: '/healthChecks/0/command',
      value: undefined,
    });
    expect((cleared.healthChecks as JsonObject[])[0]).not.toHaveProperty('command');
  });

  it('adds a volume to a container without volumes', () => {
    const next = applyFormEdit(nginx, { kind: 'addItem', collection: 'volumes' });
    expect((next.container as JsonObject).volumes).toEqual([
      { containerPath: '', hostPath: '', mode: 'RW' },
    ]);
    expect((next.container as JsonObject).docker).toEqual((nginx.container as JsonObject).docker);
  });

  it('adds a port mapping without a host port in a USER network', () => {
    const user = appOf(createAppDocument(fixtureText(6)));
    const next = applyFormEdit(user, { kind: 'addItem', collection: 'portMappings' });
    expect(readAppForm(next).portMappings[1]?.values).toMatchObject({
      containerPort: 0,
      hostPort: undefined,
    });
  });
});

describe('a document that does not parse', () => {
  it('is never rewritten by a form edit', () => {
    const text = '{ "id": "nginx", "cpus" 0.2 }';
    const document = createAppDocument(text);
    expect(document.problem).toMatchObject({
      kind: 'parse',
      error: { code: 'expectedColon', line: 1, column: 25 },
    });
    const after = applyFormEditToDocument(document, { kind: 'set', field: '/cpus', value: 1 });
    expect(after).toBe(document);
    expect(after.text).toBe(text);
  });

  it('that is valid JSON but not an object is reported as such', () => {
    expect(createAppDocument('[{"id": "a"}]').problem).toEqual({ kind: 'notAnObject' });
  });
});
