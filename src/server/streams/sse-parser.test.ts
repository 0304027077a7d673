import { describe, expect, it } from 'vitest';
import { SseParser } from './marathon-events';

describe('SseParser', () => {
  it('frames events split anywhere, CRLF split included, with multi-byte data', () => {
    const text =
      ': comment\r\nevent: deployment_info\r\ndata: {"id":"/应用"}\r\n\r\n' +
      'data: line one\ndata: line two\n\nevent: status_update_event\ndata: {}\n\n';
    const bytes = Buffer.from(text);
    const parser = new SseParser();
    const events = [];
    for (let at = 0; at < bytes.length; at++)
      events.push(...parser.push(bytes.subarray(at, at + 1)));
    expect(events).toEqual([
      { event: 'deployment_info', data: '{"id":"/应用"}' },
      { event: 'message', data: 'line one\nline two' },
      { event: 'status_update_event', data: '{}' },
    ]);
  });
});
