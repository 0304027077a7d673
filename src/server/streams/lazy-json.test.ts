import { describe, expect, it } from 'vitest';
import { LazyJsonArray, LazyJsonError, openJson } from './lazy-json';

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

/** A lazy tree as plain JSON (every lazy array iterated). */
function plain(value: unknown): unknown {
  if (value instanceof LazyJsonArray) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

describe('lazy JSON', () => {
  const event = {
    type: 'SUBSCRIBED',
    subscribed: {
      get_state: {
        get_tasks: {
          tasks: [
            { name: 'quote " and \\\\" and }]', id: 'é—漢字🙂', n: -1.5e3, ok: true },
            { name: 'back\\\\', labels: [1, [2, [3]]], nothing: null },
          ],
          completed_tasks: [],
        },
        get_agents: { agents: [7, false, 'x'] },
      },
      heartbeat_interval_seconds: 15,
    },
  };

  it('reads what JSON.parse reads, opened to the given depth', () => {
    for (const depth of [0, 1, 3, 5, 9]) {
      expect(plain(openJson(bytes(event), depth))).toEqual(event);
    }
    const opened = openJson(bytes(event), 5) as typeof event;
    expect(opened.subscribed.get_state.get_tasks.tasks).toBeInstanceOf(LazyJsonArray);
    expect(opened.subscribed.heartbeat_interval_seconds).toBe(15);
  });

  it('parses the elements of a list one at a time, each time it is iterated', () => {
    const opened = openJson(bytes(event), 5) as { subscribed: { get_state: unknown } };
    const tasks = (opened.subscribed.get_state as typeof event.subscribed.get_state).get_tasks
      .tasks as unknown as LazyJsonArray;
    const first = [...tasks];
    const again = [...tasks];
    expect(again).toEqual(first);
    expect(again[0]).not.toBe(first[0]);
  });

  it('keeps scalars that end a container and whitespace around values', () => {
    const text = ' { "a" : [ 1 , 2 ] , "b" : { "c" : 3 } , "d" : 4 } ';
    expect(plain(openJson(Buffer.from(text), 3))).toEqual({ a: [1, 2], b: { c: 3 }, d: 4 });
    expect(openJson(Buffer.from('42'), 2)).toBe(42);
  });

  it('refuses what is not one JSON value', () => {
    for (const text of ['{"a":1', '{"a":"open}', '{"a":1}}', '{"a" 1}', '[1,2', '{"a":1} x']) {
      expect(() => plain(openJson(Buffer.from(text), 3)), text).toThrow(LazyJsonError);
    }
    const broken = openJson(Buffer.from('{"list":[{"a":1},{"a":nope}]}'), 2) as {
      list: LazyJsonArray;
    };
    expect(() => [...broken.list]).toThrow(LazyJsonError);
  });
});
