import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as problems from '../contract/problems';
import * as sync from '../contract/sync';
import { CODE_WORDS } from './codeWords';
import en from './locales/en.json';
import vi from './locales/vi.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, item]) => keysOf(item, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

const lookup = (root: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);

describe('locales', () => {
  it('have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });

  it('use the same placeholders in every string', () => {
    for (const key of keysOf(vi)) {
      expect([key, placeholdersOf(String(lookup(en, key)))]).toEqual([key, placeholdersOf(String(lookup(vi, key)))]);
    }
  });

  it('are Vietnamese in NFC, so search and comparison behave', () => {
    const text = JSON.stringify(vi);
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('every code that crosses the boundary has words', () => {
  const worded = new Set(CODE_WORDS.map(({ schema }) => schema));

  it('every enum of shared/contract/problems.ts and sync.ts is listed in CODE_WORDS', () => {
    const enums = Object.entries({ ...problems, ...sync }).filter(([, value]) => value instanceof z.ZodEnum);
    expect(enums.length).toBeGreaterThanOrEqual(CODE_WORDS.length);
    expect(enums.filter(([, schema]) => !worded.has(schema as z.ZodEnum)).map(([name]) => name)).toEqual([]);
  });

  for (const [language, locale] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    it(`in ${language}`, () => {
      const missing = CODE_WORDS.flatMap(({ schema, key }) =>
        schema.options
          .map((code) => `${key}.${String(code)}`)
          .filter((path) => typeof lookup(locale, path) !== 'string'),
      );
      expect(missing).toEqual([]);
    });
  }

  it('includes the storage reasons and the API error codes', () => {
    expect(worded.has(problems.StorageFailureSchema)).toBe(true);
    expect(worded.has(problems.ErrorCodeSchema)).toBe(true);
  });
});
