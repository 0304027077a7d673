import type { RecordedRequest } from './http-server';

/** The cluster model's own operator-API calls: its event stream and what it asks first. */
const OPERATOR_API_CALLS = ['GET_MASTER', 'GET_FLAGS', 'SUBSCRIBE'].map((type) =>
  JSON.stringify({ type }),
);

/** A request the proxy's cluster model made on its own (streams), not one a browser sent. */
export function isModelStreamCall(request: RecordedRequest): boolean {
  return (
    (request.url === '/api/v1' && OPERATOR_API_CALLS.includes(request.body)) ||
    request.url === '/v2/events'
  );
}
