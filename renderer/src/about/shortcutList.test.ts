import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/locales/en.json';
import vi from '../../../shared/i18n/locales/vi.json';
import { shortcutList } from './shortcutList';

const lookup = (root: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root);

describe('shortcutList', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    '%s: every shortcut of the menu, each worded in vi and en',
    (platform) => {
      const rows = shortcutList(platform);
      expect(rows.map((r) => r.key)).toEqual([
        'commands.newDraft',
        'commands.searchDrafts',
        'commands.saveNow',
        'commands.preview',
        'commands.finish',
        'commands.send',
        'commands.findInStory',
        'commands.settings',
        'menu.undo',
        'menu.redo',
      ]);
      for (const row of rows) {
        expect(typeof lookup(vi, row.key)).toBe('string');
        expect(typeof lookup(en, row.key)).toBe('string');
      }
      expect(new Set(rows.map((r) => r.keys)).size).toBe(rows.length);
    },
  );

  it('writes keys the way each platform does', () => {
    expect(shortcutList('win32').find((r) => r.key === 'commands.finish')?.keys).toBe('Ctrl+Shift+F');
    expect(shortcutList('darwin').find((r) => r.key === 'commands.finish')?.keys).toBe('⇧⌘F');
    expect(shortcutList('darwin').find((r) => r.key === 'commands.findInStory')?.keys).toBe('⌥⌘F');
  });
});
