import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, VIETNAMESE_LOWER } from '../vietnameseLetters';
import { convertLegacy, decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from './index';

/** Bytes as a legacy document holds them, read the way Windows-1252 (Word's clipboard) shows them. */
const fromHex = (hex: string) => String.fromCharCode(...(hex.match(/../g) ?? []).map((byte) => parseInt(byte, 16)));

// Real TCVN3 bytes, made by GNU iconv (-t TCVN5712-1) from the Unicode text: the 67 lower-case
// letters in VIETNAMESE_LOWER's order, the reference story's headline, and the example.
const TCVN3_LOWER =
  'b8b5b6b7b9bebbbcbdc6cac7c8c9cbd0cccecfd1d5d2d3d4d6ddd7d8dcdee3dfe1e2e4e8e5e6e7e9edeaebeceef3eff1f2f4f8f5f6f7f9fdfafbfcfea8a9aaabacadae';
const HEADLINE =
  'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng';
const HEADLINE_TCVN3 =
  '42616e2044a96e2076cb6e205468b56e6820f1792043c76e205468ac2074e6206368f8632068e470206dc674206bfb206e69d66d203934206ea86d206e67b5792074727579d26e207468e86e672063ab6e672074b8632064a96e2076cb6e2063f16120a7b66e67';

// VNI-Windows, written out from VNI's published table (one base letter, then its mark), in the
// same order: a ă â e ê i o ô ơ u ư y with the five tones, then ă â ê ô ơ ư đ.
const VNI_LOWER = [
  ...'aù aø aû aõ aï aé aè aú aü aë aá aà aå aã aä eù eø eû eõ eï eá eà eå eã eä í ì æ ó ò'.split(' '),
  ...'où oø oû oõ oï oá oà oå oã oä ôù ôø ôû ôõ ôï uù uø uû uõ uï öù öø öû öõ öï yù yø yû yõ î'.split(' '),
  ...'aê aâ eâ oâ ô ö ñ'.split(' '),
];

describe('the 134 letters', () => {
  it('are 67 lower-case and 67 capitals', () => {
    expect(VIETNAMESE_LOWER).toHaveLength(67);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
  });

  const tcvn = [...fromHex(TCVN3_LOWER)];
  VIETNAMESE_LOWER.forEach((letter, i) => {
    const upper = letter.toUpperCase();
    it(`${letter} ${upper}: TCVN3 ${tcvn[i]}, VNI ${VNI_LOWER[i]} / ${VNI_LOWER[i].toUpperCase()}`, () => {
      // TCVN3 from the real bytes, both ways; capitals through the caps font (.VnTimeH).
      expect(decodeTcvn3(tcvn[i], { caps: false })).toBe(letter);
      expect(encodeTcvn3(letter, { caps: false })).toBe(tcvn[i]);
      expect(decodeTcvn3(encodeTcvn3(upper, { caps: true }), { caps: true })).toBe(upper);
      // VNI from the table, both ways, in both cases.
      expect(decodeVni(VNI_LOWER[i])).toBe(letter);
      expect(encodeVni(letter)).toBe(VNI_LOWER[i]);
      expect(decodeVni(encodeVni(upper))).toBe(upper);
      expect(encodeVni(upper)).toBe(VNI_LOWER[i].toUpperCase());
    });
  });

  it('Ă Â Ê Ô Ơ Ư Đ have their own TCVN3 bytes (0xA1–0xA7), any font', () => {
    expect(decodeTcvn3(fromHex('a1a2a3a4a5a6a7'), { caps: false })).toBe('ĂÂÊÔƠƯĐ');
    expect(encodeTcvn3('ĂÂÊÔƠƯĐ', { caps: false })).toBe(fromHex('a1a2a3a4a5a6a7'));
  });

  it('TCVN3 refuses a capital with a tone outside a caps font', () => {
    expect(() => encodeTcvn3('Ế', { caps: false })).toThrow(RangeError);
  });
});

describe('real text', () => {
  const cases: [name: string, legacy: string, encoding: 'tcvn3' | 'vni', caps: boolean, unicode: string][] = [
    ['issue example (TCVN3)', 'Tæng BÝ th­', 'tcvn3', false, 'Tổng Bí thư'],
    ['headline (TCVN3 bytes from iconv)', fromHex(HEADLINE_TCVN3), 'tcvn3', false, HEADLINE],
    ['headline in .VnTimeH', encodeTcvn3(HEADLINE, { caps: true }), 'tcvn3', true, HEADLINE.toUpperCase()],
    ['headline (VNI)', encodeVni(HEADLINE), 'vni', false, HEADLINE],
    ['VNI as typed', 'Xin chaøo caùc baïn, Vieät Nam', 'vni', false, 'Xin chào các bạn, Việt Nam'],
    ['VNI capitals', 'VIEÄT NAM, ÑAÉK LAÉK', 'vni', false, 'VIỆT NAM, ĐẮK LẮK'],
  ];
  for (const [name, legacy, encoding, caps, unicode] of cases) {
    it(name, () => {
      const converted = convertLegacy(legacy, { encoding, caps });
      expect(converted).toBe(unicode);
      expect(converted).toBe(converted.normalize('NFC'));
    });
  }

  it('the VNI headline is the published encoding, letter by letter', () => {
    expect(encodeVni('Việt Nam')).toBe('Vieät Nam');
    expect(encodeVni('người')).toBe('ngöôøi');
  });
});
