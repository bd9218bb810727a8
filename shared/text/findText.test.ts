import { describe, expect, it } from 'vitest';
import { findMatches, replaceMatches, type FindOptions } from './findText';

const loose: FindOptions = { ignoreDiacritics: true, matchCase: false };
const exact: FindOptions = { ignoreDiacritics: false, matchCase: true };
const caseless: FindOptions = { ignoreDiacritics: false, matchCase: false };

describe('findMatches', () => {
  const cases: [string, string, string, FindOptions, string[]][] = [
    [
      'diacritics ignored',
      'Ông Nguyễn Văn Hiếu và ông Nguyen Van Hieu',
      'nguyen van hieu',
      loose,
      ['Nguyễn Văn Hiếu', 'Nguyen Van Hieu'],
    ],
    ['đ folds to d', 'Đà Nẵng, đường Trần Phú', 'da nang', loose, ['Đà Nẵng']],
    ['exact: only the spelling asked for', 'Nguyễn và Nguyen', 'Nguyễn', exact, ['Nguyễn']],
    ['exact case', 'Cần Thơ, cần thơ', 'Cần Thơ', exact, ['Cần Thơ']],
    ['case ignored, marks kept', 'Cần Thơ, CẦN THƠ, Can Tho', 'cần thơ', caseless, ['Cần Thơ', 'CẦN THƠ']],
    [
      'NFD text, diacritics ignored (the story is NFC; this is the worst case)',
      'Ca\u0302\u0300n Tho\u031B',
      'Cần Thơ',
      loose,
      ['Ca\u0302\u0300n Tho\u031B'],
    ],
    [
      'exact marks, either tone placement',
      'Hòa Bình, hoà bình, Hoa Binh',
      'Hoà Bình',
      caseless,
      ['Hòa Bình', 'hoà bình'],
    ],
    ['exact: thuỷ finds thủy', 'thủy điện và thuỷ điện', 'thuỷ điện', exact, ['thủy điện', 'thuỷ điện']],
    ['exact: quý is not quí (a spelling, not a placement)', 'quý khách, quí khách', 'quý', exact, ['quý']],
    ['empty query', 'abc', '', loose, []],
    ['no overlap', 'aaaa', 'aa', loose, ['aa', 'aa']],
  ];
  for (const [name, text, query, options, expected] of cases) {
    it(name, () => expect(findMatches(text, query, options).map((m) => text.slice(m.start, m.end))).toEqual(expected));
  }
});

describe('replaceMatches', () => {
  it('fixes a misspelt name everywhere, whatever its marks, and leaves the rest alone', () => {
    expect(
      replaceMatches(
        'Ông Nguyen Van Hieu, ông Nguyễn Văn Hiêu phát biểu.',
        'nguyen van hieu',
        'Nguyễn Văn Hiếu',
        loose,
        'all',
      ),
    ).toEqual({ text: 'Ông Nguyễn Văn Hiếu, ông Nguyễn Văn Hiếu phát biểu.', count: 2 });
  });
  it('replaces only the first when asked', () => {
    expect(replaceMatches('a-a-a', 'a', 'b', loose, 'first')).toEqual({ text: 'b-a-a', count: 1 });
  });
});
