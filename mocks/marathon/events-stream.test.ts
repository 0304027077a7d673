import { describe, expect, it } from 'vitest';
import { shellApp } from './testing/app-fixtures';
import { sendJson } from './testing/http';
import { useSimulatedMarathonServer } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

/** Reads SSE frames until `until` matches one (or the stream ends); returns the event names seen. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  until: (eventName: string) => boolean,
): Promise<{ names: string[]; frames: string[]; ended: boolean }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const frames: string[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { names: frames.map(eventName), frames, ended: true };
    buffer += decoder.decode(value, { stream: true });
    const parts = buffer.split('\n\n');
    buffer = parts.pop() ?? '';
    frames.push(...parts);
    if (parts.some((frame) => until(eventName(frame)))) {
      reader.releaseLock();
      return { names: frames.map(eventName), frames, ended: false };
    }
  }
}

const eventName = (frame: string) => /^event: (.*)$/m.exec(frame)?.[1] ?? '';

/** Opens an event stream; `close()` aborts it the way a browser closing an EventSource does. */
async function openStream(url: string) {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream' },
    signal: abort.signal,
  });
  return {
    response,
    body: response.body as ReadableStream<Uint8Array>,
    close: () => abort.abort(),
  };
}

describe('GET /v2/events', () => {
  it('refuses clients that do not accept text/event-stream with 405', async () => {
    const m = marathon.start();
    const response = await fetch(m.url('/v2/events'));
    expect(response.status).toBe(405);
  });

  it('streams `event:`/`data:` frames through a deployment to deployment_success', async () => {
    const m = marathon.start();
    const { response, body, close } = await openStream(m.url('/v2/events'));
    expect(response.headers.get('Content-Type')).toBe('text/event-stream');
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    m.advance(3000);
    const { names, frames } = await readEvents(body, (name) => name === 'deployment_success');
    expect(names[0]).toBe('event_stream_attached');
    expect(names).toEqual(
      expect.arrayContaining([
        'api_post_event',
        'group_change_success',
        'deployment_info',
        'status_update_event',
        'instance_changed_event',
        'deployment_step_success',
        'deployment_success',
      ]),
    );
    const info = frames.find((frame) => eventName(frame) === 'deployment_info') ?? '';
    const data = JSON.parse(/^data: (.*)$/m.exec(info)?.[1] ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({
      eventType: 'deployment_info',
      plan: {
        steps: [{ actions: [{ action: 'StartApplication', app: '/web' }] }, expect.anything()],
      },
      currentStep: { actions: [{ action: 'StartApplication', app: '/web' }] },
    });
    close();
  });

  it('filters by event_type', async () => {
    const m = marathon.start();
    const { body, close } = await openStream(
      m.url('/v2/events?event_type=deployment_success&event_type=status_update_event'),
    );
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    m.advance(3000);
    const { names } = await readEvents(body, (name) => name === 'deployment_success');
    expect(new Set(names)).toEqual(new Set(['status_update_event', 'deployment_success']));
    close();
  });

  it('ends the stream when the instance serving it stops', async () => {
    const m = marathon.start();
    const { response, body } = await openStream(m.url('/v2/events', 1));
    expect(response.headers.get('X-Marathon-Via')).toBe('1.1 marathon-2.mesos.test:8080');
    m.simulation.stopInstance(0);
    const { ended } = await readEvents(body, () => false);
    expect(ended).toBe(true);
  });
});
