/**
 * `GET /v2/events`: Server-Sent Events. The stream stays open until the client cancels it or the
 * instance serving it stops or loses leadership (a real Marathon exits then).
 */
import { HttpResponse } from 'msw';
import type { MarathonEvent } from '../event-bus';
import { jettyErrorPage } from './jetty-error-page';
import { json, type Route, type RouteContext } from './route-context';

const encoder = new TextEncoder();

function eventStream(context: RouteContext): Response {
  const { model, instances, url, servedBy, receivedBy, request } = context;
  const types = url.searchParams.getAll('event_type');
  let detach = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (event: MarathonEvent) => {
        if (!open || (types.length > 0 && !types.includes(event.eventType))) return;
        controller.enqueue(
          encoder.encode(`event: ${event.eventType}\ndata: ${JSON.stringify(event)}\n\n`),
        );
      };
      const unsubscribe = model.events.subscribe(send);
      const stopWatching = instances.onDrop((index) => {
        if (index !== servedBy && index !== receivedBy) return;
        detach();
        controller.close();
      });
      detach = () => {
        open = false;
        unsubscribe();
        stopWatching();
      };
      model.publish('event_stream_attached', { remoteAddress: '127.0.0.1' });
    },
    cancel() {
      detach();
    },
  });
  request.signal.addEventListener('abort', () => detach());
  return new HttpResponse(stream, {
    headers: { 'Content-Type': 'text/event-stream' },
  });
}

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v2\/events\/?$/,
    handle: (context) => {
      // What the dispatcher answers for a path it has no route for.
      if (!context.eventStream) return json({ message: 'URI not found' }, 500);
      const accept = context.request.headers.get('accept') ?? '';
      if (!accept.includes('text/event-stream')) {
        return jettyErrorPage(405, 'Method Not Allowed', context.url.pathname);
      }
      return eventStream(context);
    },
  },
];
