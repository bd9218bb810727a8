import { describe, expect, it } from 'vitest';
import { foldForSearch, oneTonePlacement, searchWords } from './fold';

describe('foldForSearch', () => {
  const cases: [string, string][] = [
    ['Cần Thơ', 'can tho'],
    ['Cần Thơ'.normalize('NFD'), 'can tho'],
    ['ĐẢNG', 'dang'],
    ['Đà Nẵng', 'da nang'],
    ['Nguyễn Văn Hiếu', 'nguyen van hieu'],
    ['Tổng Bí thư Tô Lâm', 'tong bi thu to lam'],
    ['Thứ ba, 15/10/2024', 'thu ba, 15/10/2024'],
    ['café', 'cafe'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(foldForSearch(input)).toBe(expected));
  }

  // Pairs a reader takes for the same word must fold alike; pairs that are different spellings must not.
  const same: [string, string][] = [
    ['hoà', 'hòa'],
    ['Hoà Bình', 'HÒA BÌNH'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Thuỵ Điển', 'Thụy Điển'],
    ['uỷ ban', 'ủy ban'],
    ['đường', 'duong'],
    ['Đà Nẵng', 'da nang'],
    ['hoà'.normalize('NFD'), 'hòa'],
  ];
  for (const [a, b] of same) it(`${a} ≡ ${b}`, () => expect(foldForSearch(a)).toBe(foldForSearch(b)));

  const apart: [string, string][] = [
    ['quý', 'quí'],
    ['lý', 'lí'],
  ];
  for (const [a, b] of apart) it(`${a} ≠ ${b}`, () => expect(foldForSearch(a)).not.toBe(foldForSearch(b)));
});

describe('searchWords', () => {
  it('splits on punctuation and keeps each word once', () => {
    expect(searchWords('(NSMT) - Cần Thơ, cần thơ; 14/10')).toEqual(['nsmt', 'can', 'tho', '14', '10']);
  });
  it('gives both tone placements the same words', () => {
    expect(searchWords('Hoà Bình, thuỷ điện')).toEqual(searchWords('Hòa Bình, thủy điện'));
  });
});

describe('oneTonePlacement', () => {
  const cases: [string, string][] = [
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['HOÀ', 'HÒA'],
    ['thuỷ điện Hoà Bình', 'thủy điện Hòa Bình'],
    ['khoẻ', 'khỏe'],
    ['Thuỵ Sĩ', 'Thụy Sĩ'],
    ['uỷ ban', 'ủy ban'],
    ['Uỷ', 'Ủy'],
    // Not a choice of placement: the tone's place is fixed by the spelling.
    ['quý', 'quý'],
    ['quí', 'quí'],
    ['hoàn', 'hoàn'],
    ['khuya', 'khuya'],
    ['người', 'người'],
    ['toà nhà', 'tòa nhà'],
    ['Nguyễn Văn Hiếu', 'Nguyễn Văn Hiếu'],
    ['café Toà', 'café Tòa'],
    ['hoà'.normalize('NFD'), 'hoà'.normalize('NFD')],
  ];
  for (const [input, expected] of cases)
    it(`${input} → ${expected}`, () => {
      const out = oneTonePlacement(input);
      expect(out).toBe(expected);
      expect(out.length).toBe(input.length);
    });
});
