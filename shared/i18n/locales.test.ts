import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/locales/en.json';
import vi from '../../shared/i18n/locales/vi.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, item]) => keysOf(item, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

describe('locales', () => {
  it('have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });

  it('use the same placeholders in every string', () => {
    const lookup = (root: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root);
    for (const key of keysOf(vi)) {
      expect([key, placeholdersOf(String(lookup(en, key)))]).toEqual([key, placeholdersOf(String(lookup(vi, key)))]);
    }
  });

  it('are Vietnamese in NFC, so search and comparison behave', () => {
    const text = JSON.stringify(vi);
    expect(text).toBe(text.normalize('NFC'));
  });
});
