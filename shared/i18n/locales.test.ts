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

/**
 * A plural key's suffix (i18next: key_one, key_other), for the forms our languages use: English
 * one/other, Vietnamese other. (Not _few/_many: "too_few" is a problem code, not a plural; a
 * language that needs those forms widens this.)
 */
const PLURAL = /_(zero|one|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');

/** A string at `key`, or at its plural forms (what t(key, { count }) reads). */
const hasWordsAt = (locale: unknown, key: string) =>
  typeof lookup(locale, key) === 'string' || typeof lookup(locale, `${key}_other`) === 'string';

describe('locales', () => {
  it('have the same keys (a plural key counts once, whatever forms its language needs)', () => {
    const keys = (locale: unknown) => [...new Set(keysOf(locale).map(baseOf))].sort();
    expect(keys(en)).toEqual(keys(vi));
  });

  it('use the same placeholders in every string', () => {
    for (const key of keysOf(vi)) {
      // Vietnamese has one plural form, English two: its "other" form is the one to compare.
      const english = PLURAL.test(key) ? `${baseOf(key)}_other` : key;
      expect([key, placeholdersOf(String(lookup(en, english)))]).toEqual([
        key,
        placeholdersOf(String(lookup(vi, key))),
      ]);
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
        schema.options.map((code) => `${key}.${String(code)}`).filter((path) => !hasWordsAt(locale, path)),
      );
      expect(missing).toEqual([]);
    });
  }

  it('includes the storage reasons and the API error codes', () => {
    expect(worded.has(problems.StorageFailureSchema)).toBe(true);
    expect(worded.has(problems.ErrorCodeSchema)).toBe(true);
  });
});

describe('counts read in each language\'s plural forms ("1 photo", never "1 photos")', () => {
  for (const [language, locale] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it(`in ${language}: every string with {{count}} is a plural form, and every form the language needs is there`, () => {
      const keys = keysOf(locale);
      const counted = keys.filter((key) => String(lookup(locale, key)).includes('{{count}}'));
      expect(counted.length).toBeGreaterThan(20);
      expect(counted.filter((key) => !PLURAL.test(key))).toEqual([]);
      const missing = [...new Set(counted.map(baseOf))].flatMap((base) =>
        needed.filter((form) => typeof lookup(locale, `${base}_${form}`) !== 'string').map((form) => `${base}_${form}`),
      );
      expect(missing).toEqual([]);
    });
  }

  it('in en: no other number is followed by a counted noun (it would read "1 photos")', () => {
    // A number then a counted noun ("{{total}} photos") must be {{count}}, so it gets its singular.
    const nounAfterNumber =
      /\{\{(?!count\}\}|format\}\})\w+\}\} (photos|words|characters|files|folders|codes|results|drafts|problems|things|warnings|days|widths|matches)\b/;
    expect(keysOf(en).filter((key) => nounAfterNumber.test(String(lookup(en, key))))).toEqual([]);
  });
});
