import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../../testing/app-definition-fixtures';
import { createAppDocument } from './app-document';
import { mapMarathonError, marathonPathToSegments } from './map-marathon-errors';
import { rangeForPointer } from './pointer-range';
import { spansOf } from '../../../testing/test-documents';

const nginx1_4 = createAppDocument(fixtureText(0));
const api1_5 = createAppDocument(fixtureText(5));

describe('marathonPathToSegments', () => {
  it.each([
    ['/container/portMappings(0)/hostPort', ['container', 'portMappings', '0', 'hostPort']],
    ['/healthChecks(1)', ['healthChecks', '1']],
    ['/', []],
    ['/labels/com.example.team', ['labels', 'com.example.team']],
    ['container.docker.image', ['container', 'docker', 'image']],
    ['ports[2]', ['ports', '2']],
  ])('%s', (path, segments) => {
    expect(marathonPathToSegments(path)).toEqual(segments);
  });
});

describe('mapMarathonError', () => {
  it('puts each 422 detail at its document pointer and its form field', () => {
    const error = mapMarathonError(
      {
        status: 422,
        body: {
          message: 'Object is not valid',
          details: [
            {
              path: '/container/portMappings(0)/hostPort',
              errors: ['must be between 0 and 65535'],
            },
            { path: '/upgradeStrategy/minimumHealthCapacity', errors: ['is greater than 1'] },
            { path: '/', errors: ['cmd and args are mutually exclusive'] },
            { path: '/constraints(0)', errors: ['UNIQUE does not accept a value'] },
          ],
        },
      },
      api1_5.app,
    );
    expect(error).toEqual({
      kind: 'invalid',
      status: 422,
      message: 'Object is not valid',
      errors: [
        {
          pointer: '/container/portMappings/0/hostPort',
          field: '/portMappings/0/hostPort',
          messages: ['must be between 0 and 65535'],
        },
        { pointer: '/upgradeStrategy/minimumHealthCapacity', messages: ['is greater than 1'] },
        { pointer: '', messages: ['cmd and args are mutually exclusive'] },
        {
          pointer: '/constraints/0',
          field: '/constraints/0',
          messages: ['UNIQUE does not accept a value'],
        },
      ],
    });
  });

  it('points errors at the 1.4 fields a 1.4 document actually has', () => {
    const error = mapMarathonError(
      {
        status: 422,
        body: {
          message: 'Object is not valid',
          details: [
            { path: '/container/portMappings(0)/servicePort', errors: ['duplicate'] },
            { path: '/networks(0)/mode', errors: ['bad mode'] },
          ],
        },
      },
      nginx1_4.app,
    );
    expect(error.kind === 'invalid' && error.errors).toEqual([
      {
        pointer: '/container/docker/portMappings/0/servicePort',
        field: '/portMappings/0/servicePort',
        messages: ['duplicate'],
      },
      { pointer: '/container/docker/network', field: '/networkMode', messages: ['bad mode'] },
    ]);
  });

  it('reads the 0.x attribute/error form', () => {
    const error = mapMarathonError(
      {
        status: 422,
        body: { message: 'Invalid', details: [{ attribute: 'cpus', error: 'must be positive' }] },
      },
      api1_5.app,
    );
    expect(error.kind === 'invalid' && error.errors).toEqual([
      { pointer: '/cpus', field: '/cpus', messages: ['must be positive'] },
    ]);
  });

  it('maps 400 Invalid JSON with details like a 422, and a string detail to the document', () => {
    const typed = mapMarathonError(
      {
        status: 400,
        body: {
          message: 'Invalid JSON',
          details: [{ path: '/id', errors: ['error.expected.jsstring'] }],
        },
      },
      api1_5.app,
    );
    expect(typed).toMatchObject({
      kind: 'invalid',
      status: 400,
      errors: [{ pointer: '/id', field: '/id' }],
    });
    const jackson = mapMarathonError({
      status: 400,
      body: { message: 'Invalid JSON', details: 'Unexpected character' },
    });
    expect(jackson).toEqual({
      kind: 'document',
      status: 400,
      message: 'Invalid JSON',
      details: 'Unexpected character',
    });
  });

  it('tells a deployment lock (offer force) from an existing id', () => {
    expect(
      mapMarathonError({
        status: 409,
        body: {
          message: 'App is locked by one or more deployments.',
          deployments: [{ id: 'd-1' }, { id: 'd-2' }],
        },
      }),
    ).toEqual({
      kind: 'locked',
      message: 'App is locked by one or more deployments.',
      deploymentIds: ['d-1', 'd-2'],
    });
    expect(
      mapMarathonError({
        status: 409,
        body: { message: 'An app with id [/nginx] already exists.' },
      }),
    ).toEqual({
      kind: 'exists',
      message: 'An app with id [/nginx] already exists.',
    });
  });

  it('shows a 500 normalisation error (mixing network APIs) as a document-level error', () => {
    expect(
      mapMarathonError({
        status: 500,
        body: { message: 'cannot mix deprecated and canonical network APIs' },
      }),
    ).toEqual({
      kind: 'document',
      status: 500,
      message: 'cannot mix deprecated and canonical network APIs',
    });
  });

  it('keeps a non-JSON body as the message', () => {
    expect(
      mapMarathonError({ status: 502, body: 'Could not determine the current leader' }),
    ).toEqual({
      kind: 'document',
      status: 502,
      message: 'Could not determine the current leader',
    });
  });
});

describe('rangeForPointer', () => {
  const text =
    '{\n  "id": "x",\n  "container": {\n    "portMappings": [{ "hostPort": 31030 }]\n  }\n}';
  const spans = spansOf(text);

  it('marks a property from its key to the end of its value', () => {
    expect(rangeForPointer(text, spans, '/container/portMappings/0/hostPort')).toEqual({
      startLineNumber: 4,
      startColumn: 24,
      endLineNumber: 4,
      endColumn: 41,
      exact: true,
    });
  });

  it('marks the nearest existing parent when the pointer names something absent', () => {
    expect(rangeForPointer(text, spans, '/container/portMappings/0/servicePort')).toMatchObject({
      startLineNumber: 4,
      startColumn: 22,
      exact: false,
    });
    expect(rangeForPointer(text, spans, '')).toMatchObject({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 6,
      exact: true,
    });
  });
});
