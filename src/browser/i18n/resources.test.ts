import { describe, expect, it } from 'vitest';
import { LANGUAGES, resources } from './resources';

/** Every leaf as `namespace:dotted.key`, sorted. */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]: [string, unknown]) =>
      typeof value === 'object' && value !== null
        ? leafKeys(value, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function leafValue(tree: object, dottedKey: string): unknown {
  return dottedKey
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? Reflect.get(node, key) : node),
      tree,
    );
}

describe('translations', () => {
  const english = leafKeys(resources.en);

  it.each(LANGUAGES)('%s has exactly the English keys', (language) => {
    expect(leafKeys(resources[language])).toEqual(english);
  });

  it.each(LANGUAGES)('%s fills every string and keeps its placeholders', (language) => {
    for (const key of english) {
      const source = leafValue(resources.en, key);
      const translated = leafValue(resources[language], key);
      expect(typeof translated, key).toBe('string');
      expect(String(translated).trim(), key).not.toBe('');
      expect(placeholders(String(translated)), key).toEqual(placeholders(String(source)));
    }
  });
});
