import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatWordList,
  mergeWordLists,
  parseWordList,
  readWordList,
  readWordListFile,
  WORD_LIST_FILE_MAX_BYTES,
} from '../../shared/text/spelling/wordList';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decomposed = 'Đắk Lắk'.normalize('NFD');

describe('readWordList', () => {
  const cases: [string, string, string[]][] = [
    ['one entry a line', 'NSMT\nUBND\nTTXVN\n', ['NSMT', 'UBND', 'TTXVN']],
    [
      'comments and blank lines skipped',
      '# the desk list\n\nNSMT\n   \n# names\nCần Thơ # a city\n',
      ['NSMT', 'Cần Thơ'],
    ],
    ['Windows and old Mac line ends', 'NSMT\r\nUBND\rTTXVN', ['NSMT', 'UBND', 'TTXVN']],
    ['a byte order mark is not part of the first entry', '\uFEFFNSMT\n', ['NSMT']],
    ['spaces around an entry trimmed, inside kept', '  Kon Tum  \n\tMê Kông\n', ['Kon Tum', 'Mê Kông']],
    ['decomposed letters kept in NFC', `${decomposed}\n`, ['Đắk Lắk']],
    [
      'repeats dropped, also when only the normal form differs',
      `Đắk Lắk\n${decomposed}\nNSMT\nNSMT\n`,
      ['Đắk Lắk', 'NSMT'],
    ],
    ['case is kept: NSMT and nsmt accept different spellings', 'NSMT\nnsmt\n', ['NSMT', 'nsmt']],
    ['only comments', '# nothing yet\n\n', []],
  ];
  it.each(cases)('%s', (_, text, entries) => {
    expect(readWordList(text).entries).toEqual(entries);
    expect(parseWordList(text)).toEqual(entries);
  });

  it('counts repeats and reports an over-long line by its number', () => {
    const read = readWordList(`NSMT\nNSMT\n${'a'.repeat(201)}\nUBND\n${'b'.repeat(200)}\n`);
    expect(read.entries).toEqual(['NSMT', 'UBND', 'b'.repeat(200)]);
    expect(read.duplicates).toBe(1);
    expect(read.skipped).toEqual([{ line: 3, problem: 'too_long' }]);
  });
});

describe('formatWordList', () => {
  it('writes one entry a line in Vietnamese order, with the heading as a comment', () => {
    expect(formatWordList(['UBND', 'Đắk Lắk', 'Dương', 'NSMT'], 'Newsdesk outlet list')).toBe(
      '# Newsdesk outlet list\nDương\nĐắk Lắk\nNSMT\nUBND\n',
    );
  });

  it('reads back to the same entries: export then import loses nothing', () => {
    const example = readFileSync(path.resolve(import.meta.dirname, '../../docs/spelling/outlet-words.txt'), 'utf8');
    const entries = parseWordList(example);
    expect(entries).toContain('NSMT');
    expect(parseWordList(formatWordList(entries, 'heading')).sort()).toEqual([...entries].sort());
  });
});

describe('readWordListFile', () => {
  it('reads a UTF-8 list', () => {
    const read = readWordListFile(utf8('NSMT\nCần Thơ\n'), 10);
    expect(read).toEqual({ ok: true, entries: ['NSMT', 'Cần Thơ'], skipped: [], duplicates: 0 });
  });

  const refused: [string, Uint8Array, number, string][] = [
    [
      'a Word document (binary)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      10,
      'not_text',
    ],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 10, 'not_text'],
    ['text saved as UTF-16', new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x53, 0x00]), 10, 'not_text'],
    ['text in a legacy code page (Windows-1258)', new Uint8Array([0x43, 0xe2, 0xf2, 0x6e]), 10, 'not_text'],
    ['more entries than the list holds', utf8('a\nb\nc\n'), 2, 'too_many'],
    ['only comments', utf8('# the desk list\n\n'), 10, 'empty'],
    ['larger than a word list can be', new Uint8Array(WORD_LIST_FILE_MAX_BYTES + 1).fill(0x61), 10, 'too_big'],
  ];
  it.each(refused)('refuses %s', (_, bytes, max, code) => {
    const read = readWordListFile(bytes, max);
    expect(read.ok ? 'read' : read.problem.code).toBe(code);
  });

  it('says how many entries a too-long file has and how many fit', () => {
    expect(readWordListFile(utf8('a\nb\nc\n'), 2)).toEqual({
      ok: false,
      problem: { code: 'too_many', count: 3, max: 2 },
    });
  });
});

describe('mergeWordLists', () => {
  it('adds the new entries after the list, each once', () => {
    expect(mergeWordLists(['NSMT', 'UBND'], ['UBND', 'TTXVN'])).toEqual(['NSMT', 'UBND', 'TTXVN']);
  });
});
