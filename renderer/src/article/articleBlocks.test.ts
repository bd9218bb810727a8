import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../shared/article/draft.testing';
import { blocksOf, charCount, keywordsFrom, moved, savedBlocks, type ArticleBlocks } from './articleBlocks';

describe('moved', () => {
  const cases: [string[], number, number, string[]][] = [
    [['a', 'b', 'c'], 1, -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 1, 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
    [['a'], 0, 1, ['a']],
  ];
  for (const [list, index, by, expected] of cases) {
    it(`${list.join('')} #${index} by ${by} → ${expected.join('')}`, () =>
      expect(moved(list, index, by)).toEqual(expected));
  }
});

describe('charCount', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['Cần Thơ', 7],
    ['Ca\u0302\u0300n Tho\u031b', 7],
    ['Thứ ba, 15/10', 13],
  ];
  for (const [text, expected] of cases)
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(charCount(text)).toBe(expected));
});

describe('savedBlocks', () => {
  const blocks: ArticleBlocks = {
    template: 'tin',
    language: 'vi',
    section: ' Nhi\u0323p so\u0302\u0301ng ',
    subheadline: '',
    dateline: { place: 'Ca\u0302\u0300n Tho\u031b', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
    lead: 'Sa\u0301ng nay',
    byline: [{ name: ' Thảo Nguyên ' }, { name: '  ' }],
    related: [{ url: ' https://example.vn/a ', title: 'A', teaser: '' }],
    keywords: ['Ca\u0302\u0300n Tho\u031b', ' dân vận '],
  };
  it('is NFC, drops blank authors and trims addresses', () => {
    expect(savedBlocks(blocks)).toEqual({
      template: 'tin',
      language: 'vi',
      section: 'Nhịp sống',
      subheadline: '',
      dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
      lead: 'Sáng nay',
      byline: [{ name: 'Thảo Nguyên' }],
      related: [{ url: 'https://example.vn/a', title: 'A', teaser: '' }],
      keywords: ['Cần Thơ', 'dân vận'],
    });
  });
});

describe('ignored words', () => {
  const draft = draftOf();
  it('a draft saved before them has none, and a save leaves the stored ones alone', () => {
    expect(blocksOf(draft)).not.toHaveProperty('ignoredWords');
    expect(savedBlocks(blocksOf(draft))).not.toHaveProperty('ignoredWords');
  });
  it('are carried from the draft and saved in NFC, each once', () => {
    const blocks = blocksOf({ ...draft, ignoredWords: ['Khởii', 'Kho\u031b\u0309ii', 'Sacombankk'] });
    expect(savedBlocks(blocks).ignoredWords).toEqual(['Khởii', 'Sacombankk']);
  });
});

describe('keywordsFrom', () => {
  const cases: [string, string[]][] = [
    ['', []],
    ['Cần Thơ, dân vận', ['Cần Thơ', 'dân vận']],
    [' Cần Thơ ,, CẦN THƠ; Dân  vận\nNSMT,', ['Cần Thơ', 'Dân vận', 'NSMT']],
    ['Ca\u0302\u0300n Tho\u031b', ['Cần Thơ']],
  ];
  for (const [typed, expected] of cases)
    it(`${JSON.stringify(typed)} → ${JSON.stringify(expected)}`, () => expect(keywordsFrom(typed)).toEqual(expected));
});
