import { describe, expect, it } from 'vitest';
import { readReferenceArticle } from '../support/reference';
import {
  bareLetters,
  keysPressed,
  recompose,
  replay,
  retypeText,
  retypeWord,
  type RetypeMethod,
} from '../support/unikeyRetype';

const FIRST_PARAGRAPH = readReferenceArticle().paragraphs[0]!.replace(/^\(NSMT\) - /, '');
const METHODS: RetypeMethod[] = ['telex', 'vni'];

describe('what Unikey sends for a word', () => {
  it.each([
    ['Được', 'telex', 'Dduowcj'],
    ['Được', 'vni', 'D9uo75c'],
    ['Việt', 'telex', 'Vieetj'],
    ['Việt', 'vni', 'Vie65t'],
    ['Đảng', 'telex', 'Ddangr'],
    ['ủy', 'telex', 'uyr'],
    ['kỷ', 'vni', 'ky3'],
    ['năm', 'telex', 'nawm'],
    ['năm', 'vni', 'na8m'],
    ['Ban', 'telex', 'Ban'],
  ] as const)('%s in %s is pressed as %s', (word, method, keys) => {
    expect(keysPressed(retypeWord(word, method))).toBe(keys);
  });

  it('swallows the shape key and sends Backspace × n, then the recomposed end of the syllable', () => {
    const strokes = retypeWord('Được', 'telex');
    expect(strokes.map((s) => s.sends)).toEqual([
      [{ kind: 'key', key: 'D' }],
      [{ kind: 'backspace' }, { kind: 'text', text: 'Đ' }],
      [{ kind: 'key', key: 'u' }],
      [{ kind: 'key', key: 'o' }],
      [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'text', text: 'ươ' }],
      [{ kind: 'key', key: 'c' }],
      [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'text', text: 'ợc' }],
    ]);
  });

  it.each([
    ['', 'a', [{ kind: 'text', text: 'a' }]],
    ['tiên', 'tiến', [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'text', text: 'ến' }]],
    ['hoa', 'hòa', [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'text', text: 'òa' }]],
  ])('recompose(%j, %j)', (shown, next, sends) => {
    expect(recompose(shown, next)).toEqual(sends);
  });
});

describe('replaying the reference paragraph onto a plain buffer', () => {
  it.each(METHODS)('%s gives the paragraph exactly, in NFC', (method) => {
    const strokes = retypeText(FIRST_PARAGRAPH, method);
    expect(replay(strokes)).toBe(FIRST_PARAGRAPH);
    expect(FIRST_PARAGRAPH).toBe(FIRST_PARAGRAPH.normalize('NFC'));
    expect(FIRST_PARAGRAPH.startsWith('Được sự cho phép')).toBe(true);
  });

  it.each(METHODS)('%s really retypes: backspaces stay inside the word being typed', (method) => {
    let shown = '';
    let retypes = 0;
    for (const stroke of retypeText(FIRST_PARAGRAPH, method)) {
      const erased = stroke.sends.filter((s) => s.kind === 'backspace').length;
      const word = /\p{L}*$/u.exec(shown)![0];
      expect(erased).toBeLessThanOrEqual(word.length);
      if (erased > 0) retypes++;
      shown = replay([stroke], shown);
      // What the field shows is always a prefix of the target, untoned at most: nothing lost on the way.
      expect(bareLetters(FIRST_PARAGRAPH).startsWith(bareLetters(shown))).toBe(true);
    }
    expect(retypes).toBeGreaterThan(40);
  });

  it('types the text after a buffer that already holds words', () => {
    expect(replay(retypeText(' Cần Thơ', 'vni'), 'Thành phố')).toBe('Thành phố Cần Thơ');
  });
});
