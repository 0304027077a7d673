import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { apiGet, apiSend, PRELOAD_FRESH_MS, preloadGet } from './api-client';
import { ApiError, NETWORK_ERROR_STATUS } from './api-error';

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

describe('the console header', () => {
  it('goes with every read and write, so the proxy lets the console write', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.all('http://localhost:3000/api/thing', ({ request }) => {
        seen.push(request.headers.get('x-stadium-console'));
        return HttpResponse.json({});
      }),
    );
    await apiGet('/api/thing');
    await apiSend('POST', '/api/thing', { id: '/a' });
    await apiSend('DELETE', '/api/thing');
    expect(seen).toEqual(['1', '1', '1']);
  });
});

describe('apiGet', () => {
  it('fetches JSON from the page origin', async () => {
    server.use(http.get('http://localhost:3000/api/thing', () => HttpResponse.json({ ok: 1 })));
    await expect(apiGet<{ ok: number }>('/api/thing')).resolves.toEqual({ ok: 1 });
  });

  it("throws ApiError with the status and the upstream's message", async () => {
    server.use(
      http.get('http://localhost:3000/api/mesos/master/state', () =>
        HttpResponse.json({ message: 'No Mesos master is leading' }, { status: 503 }),
      ),
    );
    const error = await failure(apiGet('/api/mesos/master/state'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 503,
      message: 'No Mesos master is leading',
      path: '/api/mesos/master/state',
      body: { message: 'No Mesos master is leading' },
    });
  });

  it('uses a text body when the error is not JSON', async () => {
    server.use(
      http.get(
        'http://localhost:3000/api/x',
        () => new HttpResponse('Bad Gateway', { status: 502 }),
      ),
    );
    await expect(failure(apiGet('/api/x'))).resolves.toMatchObject({
      status: 502,
      message: 'Bad Gateway',
    });
  });

  it('reports an unreachable proxy as status 0', async () => {
    server.use(http.get('http://localhost:3000/api/x', () => HttpResponse.error()));
    await expect(failure(apiGet('/api/x'))).resolves.toMatchObject({
      name: 'ApiError',
      status: NETWORK_ERROR_STATUS,
    });
  });

  it('lets an abort through unchanged', async () => {
    server.use(http.get('http://localhost:3000/api/x', () => HttpResponse.json({})));
    const controller = new AbortController();
    controller.abort();
    const error = await failure(apiGet('/api/x', { signal: controller.signal }));
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('apiSend', () => {
  it('sends a JSON body and returns the parsed answer with its headers', async () => {
    let received: unknown;
    server.use(
      http.put('http://localhost:3000/api/marathon/v2/apps/nginx', async ({ request }) => {
        received = { type: request.headers.get('content-type'), body: await request.json() };
        return HttpResponse.json(
          { deploymentId: 'd1', version: 'v1' },
          { headers: { 'Marathon-Deployment-Id': 'd1' } },
        );
      }),
    );
    const result = await apiSend('PUT', '/api/marathon/v2/apps/nginx', { instances: 2 });
    expect(received).toEqual({ type: 'application/json', body: { instances: 2 } });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ deploymentId: 'd1', version: 'v1' });
    expect(result.headers.get('marathon-deployment-id')).toBe('d1');
  });

  it('answers an empty body as undefined', async () => {
    server.use(
      http.delete(
        'http://localhost:3000/api/marathon/v2/queue/nginx/delay',
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    await expect(apiSend('DELETE', '/api/marathon/v2/queue/nginx/delay')).resolves.toMatchObject({
      status: 204,
      body: undefined,
    });
  });

  it("keeps Marathon's error body on the ApiError", async () => {
    const locked = {
      message: 'App is locked by one or more deployments.',
      deployments: [{ id: 'd1' }],
    };
    server.use(
      http.post('http://localhost:3000/api/marathon/v2/apps', () =>
        HttpResponse.json(locked, { status: 409 }),
      ),
    );
    await expect(failure(apiSend('POST', '/api/marathon/v2/apps', {}))).resolves.toMatchObject({
      status: 409,
      message: locked.message,
      body: locked,
    });
  });
});

describe('preloadGet', () => {
  function countedThing() {
    const answers: number[] = [];
    server.use(
      http.get('http://localhost:3000/api/thing', ({ request }) => {
        answers.push(answers.length + 1);
        return HttpResponse.json({
          answer: answers.length,
          header: request.headers.get('x-stadium-console'),
        });
      }),
    );
    return answers;
  }

  it('is adopted by the first read of its path; later reads ask the proxy again', async () => {
    const answers = countedThing();
    preloadGet('/api/thing');
    await expect(apiGet('/api/thing')).resolves.toEqual({ answer: 1, header: '1' });
    expect(answers).toHaveLength(1);
    await expect(apiGet('/api/thing')).resolves.toEqual({ answer: 2, header: '1' });
  });

  it('is not adopted by another path, and a write neither takes nor spoils it', async () => {
    const answers = countedThing();
    server.use(
      http.get('http://localhost:3000/api/other', () => HttpResponse.json({ other: true })),
      http.post('http://localhost:3000/api/thing', () => HttpResponse.json({ written: true })),
    );
    preloadGet('/api/thing');
    await expect(apiGet('/api/other')).resolves.toEqual({ other: true });
    await expect(apiSend('POST', '/api/thing')).resolves.toMatchObject({ body: { written: true } });
    await expect(apiGet('/api/thing')).resolves.toEqual({ answer: 1, header: '1' });
    expect(answers).toHaveLength(1);
  });

  it('is dropped once older than PRELOAD_FRESH_MS', async () => {
    const answers = countedThing();
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    preloadGet('/api/thing');
    await expect.poll(() => answers.length).toBe(1);
    vi.setSystemTime(Date.now() + PRELOAD_FRESH_MS + 1);
    await expect(apiGet('/api/thing')).resolves.toEqual({ answer: 2, header: '1' });
  });

  it('reports a failed answer through the read that adopts it', async () => {
    server.use(
      http.get('http://localhost:3000/api/thing', () =>
        HttpResponse.json({ message: 'No Mesos master is leading' }, { status: 503 }),
      ),
    );
    preloadGet('/api/thing');
    const error = await failure(apiGet('/api/thing'));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
  });

  it('lets a read that is cancelled stop waiting for it', async () => {
    countedThing();
    preloadGet('/api/thing');
    const controller = new AbortController();
    const read = apiGet('/api/thing', { signal: controller.signal });
    controller.abort(new DOMException('superseded', 'AbortError'));
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});
