import { describe, expect, it } from 'vitest';
import { TONES, VOWELS, withTone, type Tone } from '../vietnameseLetters';
import { typeKey, typeKeys, type TypingOptions } from './index';

const telex: TypingOptions = { method: 'telex', placement: 'new' };
const telexOld: TypingOptions = { method: 'telex', placement: 'old' };
const vni: TypingOptions = { method: 'vni', placement: 'new' };

const TELEX_VOWEL: Record<string, string> = { ă: 'aw', â: 'aa', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw' };
const VNI_VOWEL: Record<string, string> = { ă: 'a8', â: 'a6', ê: 'e6', ô: 'o6', ơ: 'o7', ư: 'u7' };
const TELEX_TONE: Record<Tone, string> = { acute: 's', grave: 'f', hook: 'r', tilde: 'x', dot: 'j' };
const VNI_TONE: Record<Tone, string> = { acute: '1', grave: '2', hook: '3', tilde: '4', dot: '5' };

describe('every vowel with every tone', () => {
  for (const vowel of VOWELS) {
    for (const tone of [null, ...TONES]) {
      const expected = withTone(vowel, tone);
      const t = `${TELEX_VOWEL[vowel] ?? vowel}${tone ? TELEX_TONE[tone] : ''}`;
      const v = `${VNI_VOWEL[vowel] ?? vowel}${tone ? VNI_TONE[tone] : ''}`;
      it(`${expected}: Telex ${t}, VNI ${v}, in both cases`, () => {
        expect(typeKeys(t, telex)).toBe(expected);
        expect(typeKeys(v, vni)).toBe(expected);
        expect(typeKeys(t.toUpperCase(), telex)).toBe(expected.toUpperCase());
        expect(typeKeys(v.toUpperCase(), vni)).toBe(expected.toUpperCase());
        // After a consonant and before a final as well: "t" + vowel + "n" where the spelling allows it.
        expect(typeKeys(`t${t}`, telex)).toBe(`t${expected}`);
      });
    }
  }
});

describe('tone placement: old (hòa) and new (hoà)', () => {
  const cases: [keys: string, newStyle: string, oldStyle: string][] = [
    ['hoaf', 'hoà', 'hòa'],
    ['hoaf', 'hoà', 'hòa'],
    ['thuyr', 'thuỷ', 'thủy'],
    ['khoer', 'khoẻ', 'khỏe'],
    ['hoas', 'hoá', 'hóa'],
    ['quys', 'quý', 'quý'], // qu carries its own u: the tone is on y either way
    ['hoafn', 'hoàn', 'hoàn'], // a final fixes the place
    ['hoasn', 'hoán', 'hoán'], // and moves a tone typed before it
    ['muaf', 'mùa', 'mùa'],
    ['khuyur', 'khuỷu', 'khuỷu'],
    ['nguowif', 'người', 'người'],
  ];
  for (const [keys, newStyle, oldStyle] of cases) {
    it(`${keys} → ${newStyle} / ${oldStyle}`, () => {
      expect(typeKeys(keys, telex)).toBe(newStyle);
      expect(typeKeys(keys, telexOld)).toBe(oldStyle);
    });
  }
});

describe('words', () => {
  const cases: [keys: string, options: TypingOptions, expected: string][] = [
    ['Tieesng Vieejt', telex, 'Tiếng Việt'],
    ['Tiesnge Vieejt', telex, 'Tiếng Việt'], // the mark may come after the tone and the final
    ['nguyeexn', telex, 'nguyễn'],
    ['nguyenex', telex, 'nguyễn'], // or after the final
    ['thuowr', telex, 'thuở'],
    ['huowng', telex, 'hương'], // open uơ becomes ươ once a final follows
    ['quoocs', telex, 'quốc'],
    ['giuwx', telex, 'giữ'],
    ['gif', telex, 'gì'],
    ['DDawsk Lawsk', telex, 'Đắk Lắk'],
    ['ddaafng', telex, 'đầng'],
    ['Ddi', telex, 'Đi'],
    ['VIEEJT NAM', telex, 'VIỆT NAM'],
    ['nguwowif', telex, 'người'],
    ['nguoiwf', telex, 'người'],
    ['hoawcj', telex, 'hoặc'],
    ['DDBSCL', telex, 'ĐBSCL'], // abbreviations keep their đ
    ['LDDTBXH', telex, 'LĐTBXH'],
    ['D9BSCL', vni, 'ĐBSCL'],
    ['L9TBXH', { method: 'vni', placement: 'new' }, 'L9TBXH'], // VNI's 9 needs its d
    ['LD9TBXH', vni, 'LĐTBXH'],
    ['w', telex, 'ư'],
    ['tw', telex, 'tư'],
    ['Tie61ng Vie65t', vni, 'Tiếng Việt'],
    ['nguye64n', vni, 'nguyễn'],
    ['thuo73', vni, 'thuở'],
    ['quo61c', vni, 'quốc'],
    ['giu74', vni, 'giữ'],
    ['D9a81k La81k', vni, 'Đắk Lắk'],
    ['nguoi72', vni, 'người'],
    ['hoa2', { method: 'vni', placement: 'old' }, 'hòa'],
  ];
  for (const [keys, options, expected] of cases) {
    it(`${options.method}: ${keys} → ${expected}`, () => expect(typeKeys(keys, options)).toBe(expected));
  }
});

describe('undo by typing the key again', () => {
  const cases: [keys: string, options: TypingOptions, expected: string][] = [
    ['ass', telex, 'as'],
    ['asss', telex, 'ass'],
    ['aaa', telex, 'aa'],
    ['ooo', telex, 'oo'],
    ['eee', telex, 'ee'],
    ['aww', telex, 'aw'],
    ['ddd', telex, 'dd'],
    ['LDDD', telex, 'LDD'],
    ['tieesngs', telex, 'tiêngs'],
    ['hoafz', telex, 'hoa'], // z removes the tone
    ['z', telex, 'z'], // and is a z when there is none
    ['a11', vni, 'a1'],
    ['a66', vni, 'a6'],
    ['u77', vni, 'u7'],
    ['d99', vni, 'd9'],
    ['a10', vni, 'a'],
  ];
  for (const [keys, options, expected] of cases) {
    it(`${options.method}: ${keys} → ${expected}`, () => expect(typeKeys(keys, options)).toBe(expected));
  }
});

describe('English passes through', () => {
  // Words where no rule can make a Vietnamese syllable, and words that stop being one get their keys back.
  const words = ['email', 'Windows', 'web', 'service', 'street', 'text', 'next', 'hello', 'iPhone', 'NSMT', 'UBND'];
  for (const word of words) it(word, () => expect(typeKeys(word, telex)).toBe(word));
  it('VNI leaves letters alone and numbers that follow no vowel', () =>
    expect(typeKeys('COVID-19 x 2024', vni)).toBe('COVID-19 x 2024'));
});

describe('typeKey', () => {
  it('returns null when the key goes in as typed', () => {
    expect(typeKey('email', 's', telex)).toBeNull();
    expect(typeKey('', 's', telex)).toBeNull();
    expect(typeKey('viêt', '.', telex)).toBeNull();
  });
  it('answers NFC', () => {
    const out = typeKey('Vie\u0302', 'j', telex);
    expect(out).toBe('Việ');
    expect(out).toBe(out?.normalize('NFC'));
  });
});
