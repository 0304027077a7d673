import { describe, expect, it } from 'vitest';
import { downstreamResponseHeaders, upstreamRequestHeaders } from './forward-headers';

describe('forward headers', () => {
  it('drops hop-by-hop, Connection-listed and credential headers from requests; recomputes Host/length', () => {
    const headers = upstreamRequestHeaders(
      {
        host: 'stadium:8090',
        connection: 'keep-alive, X-Debug',
        'x-debug': '1',
        'keep-alive': 'timeout=5',
        'content-length': '12',
        'content-type': 'application/json',
        authorization: 'Basic eDp5',
        cookie: 'stadium-session=s3cret',
        'x-forwarded-for': '10.1.1.1',
      },
      { ip: '127.0.0.1', host: 'stadium:8090', protocol: 'http' },
    );
    expect(headers).toEqual({
      'content-type': 'application/json',
      'x-forwarded-for': '10.1.1.1, 127.0.0.1',
      'x-forwarded-host': 'stadium:8090',
      'x-forwarded-proto': 'http',
    });
  });

  it('passes caching, download and entity headers of responses through, not cookies or CORS', () => {
    const passedThrough = {
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment; filename="stdout"',
      'content-length': '42',
      etag: '"abc"',
      'cache-control': 'no-cache',
    };
    const headers = downstreamResponseHeaders({
      ...passedThrough,
      'set-cookie': ['a=1', 'b=2'],
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      'content-security-policy': "script-src 'unsafe-inline'",
      'transfer-encoding': 'chunked',
      connection: 'close',
    });
    expect(headers).toEqual(passedThrough);
  });
});
