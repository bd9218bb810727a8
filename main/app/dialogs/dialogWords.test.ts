import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/locales/en.json';
import vi from '../../../shared/i18n/locales/vi.json';
import { StoreRefusedError } from '../../services/drafts/storeMeta';
import { storageError } from '../../services/errors';
import { languageOfLocale } from '../../../shared/i18n/language';
import { startupFailureWords, unsavedPromptWords } from './dialogWords';

const folders = { dataFolder: '/home/lan/Newsdesk', logsFolder: '/home/lan/Newsdesk/logs' };
const locales = { vi, en } as const;

/** Words the English dialogs use that Vietnamese never needs: one of them in a vi dialog is a leak. */
const ENGLISH = /\b(the|could|not|start|saved?|close|keep|open|folder|disk|again|while|your|text|newer)\b/i;

const inUse = new StoreRefusedError('The data folder is in use by process 4242', 'in_use', {
  code: 'store_in_use',
  detail: { folder: folders.dataFolder, pid: 4242 },
});
const newer = new StoreRefusedError('written by a newer Newsdesk', 'newer', {
  code: 'store_newer',
  detail: { folder: folders.dataFolder, format: 3, supportedFormat: 1 },
});
const diskFull = storageError(
  'The data folder could not be written',
  Object.assign(new Error('x'), { code: 'ENOSPC' }),
);
const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/home/lan/Newsdesk/drafts'"), {
  code: 'EACCES',
});
const bug = new TypeError("Cannot read properties of undefined (reading 'drafts')");

describe.each(['vi', 'en'] as const)('main’s dialogs in %s', (language) => {
  const words = locales[language];
  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

  it.each([
    [
      'in use by another Newsdesk',
      inUse,
      fill(words.startup.errors.store_in_use, { folder: folders.dataFolder, pid: 4242 }),
    ],
    [
      'written by a newer Newsdesk',
      newer,
      fill(words.startup.errors.store_newer, { folder: folders.dataFolder, format: 3, supportedFormat: 1 }),
    ],
    [
      'disk full',
      diskFull,
      fill(words.startup.errors.store_unwritable, {
        folder: folders.dataFolder,
        reason: words.storageReasons.disk_full,
      }),
    ],
    [
      'permission denied',
      denied,
      fill(words.startup.errors.store_unwritable, {
        folder: folders.dataFolder,
        reason: words.storageReasons.permission_denied,
      }),
    ],
    ['an unexpected error', bug, fill(words.startup.unexpected, { logsFolder: folders.logsFolder })],
  ])('start-up failure, %s: title and text from the locale', (_, error, content) => {
    expect(startupFailureWords(language, error, folders)).toEqual({ title: words.startup.title, content });
  });

  it('the unsaved-text prompt comes from the locale', () => {
    expect(unsavedPromptWords(language)).toEqual({
      message: words.quitting.unsavedMessage,
      detail: words.quitting.unsavedDetail,
      buttons: [words.quitting.keepOpen, words.quitting.closeAnyway],
    });
  });
});

describe('the Vietnamese dialogs', () => {
  it('carry no English, not even the error’s own message', () => {
    const texts = [
      ...[inUse, newer, diskFull, denied, bug].flatMap((error) => {
        const { title, content } = startupFailureWords('vi', error, folders);
        // The folder paths are the reporter's own; everything else must be Vietnamese.
        return [title, content.replaceAll(folders.logsFolder, '').replaceAll(folders.dataFolder, '')];
      }),
      ...Object.values(unsavedPromptWords('vi')).flat(),
    ];
    for (const text of texts) expect(text).not.toMatch(ENGLISH);
    // The check has teeth: every English dialog text trips it.
    for (const error of [inUse, newer, diskFull, denied, bug]) {
      expect(startupFailureWords('en', error, folders).content).toMatch(ENGLISH);
    }
    for (const text of Object.values(unsavedPromptWords('en')).flat()) expect(text).toMatch(ENGLISH);
  });
});

describe('the language before the window has said which', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['fr-FR', 'vi'],
  ] as const)('%s → %s', (locale, language) => expect(languageOfLocale(locale)).toBe(language));
});
