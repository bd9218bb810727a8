import { describe, expect, it } from 'vitest';
import { typeKeys, type TypingOptions } from '../../shared/text/telex';
import { splitTone, type Tone } from '../../shared/text/vietnameseLetters';
import { readReferenceArticle } from '../support/reference';

const article = readReferenceArticle();

const KEYS = {
  telex: {
    letters: { â: 'aa', ê: 'ee', ô: 'oo', ă: 'aw', ơ: 'ow', ư: 'uw', đ: 'dd' } as Record<string, string>,
    tones: { acute: 's', grave: 'f', hook: 'r', tilde: 'x', dot: 'j' } as Record<Tone, string>,
  },
  vni: {
    letters: { â: 'a6', ê: 'e6', ô: 'o6', ă: 'a8', ơ: 'o7', ư: 'u7', đ: 'd9' } as Record<string, string>,
    tones: { acute: '1', grave: '2', hook: '3', tilde: '4', dot: '5' } as Record<Tone, string>,
  },
};

/** The keys a reporter presses for a text: each word's letters and marks, its tone key last. */
function keystrokes(text: string, method: 'telex' | 'vni'): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    let tone: Tone | null = null;
    let keys = '';
    let previous = '';
    for (const ch of word) {
      const split = splitTone(ch);
      tone ??= split.tone;
      const lower = split.letter.toLowerCase();
      // A doubled letter that is a Telex rule (the "ee" of MEET) is typed three times: the third undoes.
      const undo = method === 'telex' && lower === previous && /^[aeod]$/.test(lower) ? lower : '';
      previous = lower;
      const typed = `${KEYS[method].letters[lower] ?? lower}${undo}`;
      keys += split.letter === lower ? typed : typed.toUpperCase();
    }
    return tone ? `${keys}${KEYS[method].tones[tone]}` : keys;
  });
}

describe('the reference story typed through the built-in input methods', () => {
  const texts = [article.headline, ...article.paragraphs];
  for (const method of ['telex', 'vni'] as const) {
    it(`${method}: every block comes out exactly, in NFC`, () => {
      const options: TypingOptions = { method, placement: 'new' };
      let words = 0;
      for (const text of texts) {
        // The story writes open oa/oe/uy the old way or the new; type each block in the style it uses.
        const old = /(?:[òóỏõọ]a|[òóỏõọ]e|[ùúủũụ]y)(?![\p{L}])/iu.test(text);
        const typed = typeKeys(keystrokes(text, method), { ...options, placement: old ? 'old' : 'new' });
        expect(typed).toBe(text);
        words += text.split(/\s+/).length;
      }
      console.log(`${method}: ${texts.length} blocks, ${words} words typed exactly`);
    });
  }
});
