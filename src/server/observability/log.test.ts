import { describe, expect, it } from 'vitest';
import { createLog } from './log';

const NOW = () => new Date('2026-12-07T10:00:00.000Z');

function capture(format: 'text' | 'json') {
  const lines: string[] = [];
  return { lines, log: createLog(format, (line) => lines.push(line), NOW) };
}

describe('createLog', () => {
  it('writes text lines for people, naming the level only when it is not info', () => {
    const { lines, log } = capture('text');
    log('mesos leader: (none) -> http://m1:5050', { event: 'leader-change', side: 'mesos' });
    log('marathon: no leader', { level: 'warn' });
    expect(lines).toEqual([
      '2026-12-07T10:00:00.000Z mesos leader: (none) -> http://m1:5050',
      '2026-12-07T10:00:00.000Z WARN marathon: no leader',
    ]);
  });

  it('writes one JSON object a line with time, level, message and the fields', () => {
    const { lines, log } = capture('json');
    log('refused GET /api/mesos/master/state: not this host', {
      event: 'refused',
      level: 'warn',
      reason: 'foreign-host',
    });
    log('multi\nline "message"');
    log('failed', { level: 'error', error: new Error('boom') });
    expect(lines).toHaveLength(3);
    const [refused, multi, failed] = lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(refused).toEqual({
      time: '2026-12-07T10:00:00.000Z',
      level: 'warn',
      message: 'refused GET /api/mesos/master/state: not this host',
      event: 'refused',
      reason: 'foreign-host',
    });
    expect(multi).toMatchObject({ level: 'info', message: 'multi\nline "message"' });
    expect(failed?.error).toMatch(/^Error: boom\n/);
  });

  it('keeps the line when a field cannot be serialised', () => {
    const { lines, log } = capture('json');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    log('odd fields', { cycle });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2026-12-07T10:00:00.000Z',
      level: 'info',
      message: 'odd fields',
      fieldsDropped: true,
    });
  });
});
