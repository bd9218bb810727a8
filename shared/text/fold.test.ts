import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './fold';

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
});

describe('searchWords', () => {
  it('splits on punctuation and keeps each word once', () => {
    expect(searchWords('(NSMT) - Cần Thơ, cần thơ; 14/10')).toEqual(['nsmt', 'can', 'tho', '14', '10']);
  });
});
