import { describe, expect, it } from 'vitest';
import { searchWords } from '../text/fold';
import { bodyOf, draftOf } from './draft.testing';
import { searchableTextOf } from './searchable';

describe('searchableTextOf', () => {
  const draft = draftOf({
    headline: 'Họp mặt kỷ niệm',
    subheadline: 'Truyền thống',
    section: 'Nhịp sống',
    lead: 'Được sự cho phép',
    body: bodyOf('Thân bài', { caption: 'Đại biểu chụp hình', credit: 'Ảnh: Minh Anh' }),
    byline: [{ name: 'Thảo Nguyên' }],
    keywords: ['dân vận'],
    related: [{ url: 'https://example.vn/a', title: 'Mưa lớn ở Cà Mau', teaser: 'Triều cường dâng cao' }],
  });
  const words = searchWords(searchableTextOf(draft));
  const cases: [part: string, word: string][] = [
    ['headline', 'hop'],
    ['subheadline', 'truyen'],
    ['section', 'nhip'],
    ['lead', 'duoc'],
    ['body', 'than'],
    ['caption', 'chup'],
    ['credit', 'minh'],
    ['byline', 'thao'],
    ['keyword', 'dan'],
    ['related link title', 'ca'],
    ['related link title', 'mau'],
    ['related link teaser', 'trieu'],
  ];
  for (const [part, word] of cases) {
    it(`finds "${word}" in the ${part}`, () => expect(words).toContain(word));
  }
});
