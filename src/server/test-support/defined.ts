/** The value, or a test failure naming what was missing. */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be defined`);
  return value;
}

/** `list[index]`, failing the test when there is no such element. */
export function nth<T>(list: readonly T[], index: number): T {
  return defined(list[index], `element ${index} of ${list.length}`);
}
