import type { Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { LegacyJsonNames } from './legacy-json-names';
import type { UpstreamAnswer, UpstreamRequest } from './send-upstream';

const NODE = 'http://10.0.0.1:5051';

/** An upstream answering each path with the status `statusFor` gives; records asks and dumps. */
function upstream(statusFor: (path: string) => number) {
  const asked: string[] = [];
  const dumped: string[] = [];
  const send = async (origin: string, request: UpstreamRequest): Promise<UpstreamAnswer> => {
    asked.push(`${request.method} ${request.path}`);
    const response = {
      statusCode: statusFor(request.path),
      headers: {},
      body: { dump: async () => void dumped.push(request.path) },
    } as unknown as Dispatcher.ResponseData;
    return { origin, response };
  };
  return { send, asked, dumped };
}

const get = (path: string, method = 'GET'): UpstreamRequest => ({ method, path, headers: {} });
const jsonOnly = (path: string) => (path.split('?')[0]?.endsWith('.json') ? 200 : 404);
const plainOnly = (path: string) => (path.split('?')[0]?.endsWith('.json') ? 404 : 200);

describe('LegacyJsonNames', () => {
  it('retries a 404 under the .json name, query intact, then asks that name first', async () => {
    const names = new LegacyJsonNames();
    const node = upstream(jsonOnly);
    const first = await names.send(NODE, get('/files/read?path=%2Fx&offset=0'), node.send);
    expect(first.response.statusCode).toBe(200);
    await names.send(NODE, get('/slave%281%29/state'), node.send);
    expect(node.asked).toEqual([
      'GET /files/read?path=%2Fx&offset=0',
      'GET /files/read.json?path=%2Fx&offset=0',
      'GET /slave%281%29/state.json',
    ]);
    expect(node.dumped).toEqual(['/files/read?path=%2Fx&offset=0']);
  });

  it('remembers per origin: another node is asked the plain name first', async () => {
    const names = new LegacyJsonNames();
    const legacy = upstream(jsonOnly);
    const modern = upstream(plainOnly);
    await names.send(NODE, get('/state'), legacy.send);
    await names.send('http://10.0.0.2:5051', get('/state'), modern.send);
    expect(modern.asked).toEqual(['GET /state']);
  });

  it('never asks a node that serves the plain names for .json when a file is missing', async () => {
    const names = new LegacyJsonNames();
    const node = upstream((path) =>
      path.includes('missing') || path.includes('.json') ? 404 : 200,
    );
    await names.send(NODE, get('/state'), node.send);
    const answer = await names.send(NODE, get('/files/browse?path=%2Fmissing'), node.send);
    expect(answer.response.statusCode).toBe(404);
    expect(node.asked).toEqual(['GET /state', 'GET /files/browse?path=%2Fmissing']);
  });

  it('asks the plain name once when a .json node stops serving .json (upgraded)', async () => {
    const names = new LegacyJsonNames();
    let upgraded = false;
    const node = upstream((path) => (upgraded ? plainOnly(path) : jsonOnly(path)));
    await names.send(NODE, get('/master/state'), node.send);
    upgraded = true;
    expect((await names.send(NODE, get('/master/state'), node.send)).response.statusCode).toBe(200);
    await names.send(NODE, get('/master/state'), node.send);
    expect(node.asked.slice(2)).toEqual([
      'GET /master/state.json',
      'GET /master/state',
      'GET /master/state',
    ]);
  });

  it('asks the .json name when a plain node 404s its state (downgraded)', async () => {
    const names = new LegacyJsonNames();
    let downgraded = false;
    const node = upstream((path) => (downgraded ? jsonOnly(path) : plainOnly(path)));
    await names.send(NODE, get('/master/state'), node.send);
    downgraded = true;
    expect((await names.send(NODE, get('/master/state'), node.send)).response.statusCode).toBe(200);
    expect(node.asked.slice(1)).toEqual(['GET /master/state', 'GET /master/state.json']);
  });

  it('returns the first 404 when neither name exists, and keeps asking the plain name', async () => {
    const names = new LegacyJsonNames();
    const node = upstream(() => 404);
    const answer = await names.send(NODE, get('/files/read?path=%2Fx'), node.send);
    expect(node.dumped).toEqual(['/files/read.json?path=%2Fx']);
    expect(answer.response.statusCode).toBe(404);
    await names.send(NODE, get('/files/read?path=%2Fx'), node.send);
    expect(node.asked[2]).toBe('GET /files/read?path=%2Fx');
  });

  it('learns nothing from a 5xx', async () => {
    const names = new LegacyJsonNames();
    let status = 503;
    const node = upstream((path) => (status === 503 ? 503 : jsonOnly(path)));
    await names.send(NODE, get('/state'), node.send);
    status = 200;
    await names.send(NODE, get('/state'), node.send);
    expect(node.asked).toEqual(['GET /state', 'GET /state', 'GET /state.json']);
  });

  it.each([
    ['a write', get('/master/state', 'POST')],
    ['an endpoint that was never renamed', get('/master/state-summary')],
    ['a name that is already .json', get('/master/state.json')],
    ['a path that does not decode', get('/files/%E0%A4%A')],
  ])('leaves %s alone', async (_, request) => {
    const names = new LegacyJsonNames();
    const node = upstream(() => 404);
    await names.send(NODE, request, node.send);
    expect(node.asked).toEqual([`${request.method} ${request.path}`]);
  });
});
