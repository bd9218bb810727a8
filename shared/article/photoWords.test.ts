import { describe, expect, it } from 'vitest';
import { articleFromDraft } from './article';
import { bodyOf, draftOf } from './draft.testing';
import { articleToHtml } from '../export/html';
import { articleToNinjs } from '../export/ninjs';

/** The desk's words for photo-1 (bodyOf numbers its photos photo-1, photo-2…). */
const desk = { id: 'photo-1', caption: 'Cầu Cần Thơ lúc bình minh', credit: 'Ảnh: Minh Khoa', altText: 'Cây cầu' };
const copy = { caption: 'Chú thích', credit: 'Ảnh: NSMT', altText: 'Mô tả' };

describe('one caption per photo: a placed photo shows its record’s words', () => {
  const cases: { name: string; node: Record<string, unknown>; expected: string }[] = [
    { name: 'a shared use follows the desk', node: { ...copy, ownWords: false }, expected: desk.caption },
    { name: 'a use with its own words keeps them', node: { ...copy, ownWords: true }, expected: copy.caption },
    {
      name: 'saved before (no ownWords), its copy differs: kept as its own',
      node: { ...copy },
      expected: copy.caption,
    },
    {
      name: 'saved before, its copy is the record’s: it follows the desk',
      node: { caption: desk.caption, credit: desk.credit, altText: desk.altText },
      expected: desk.caption,
    },
  ];
  for (const { name, node, expected } of cases) {
    it(name, () => {
      const article = articleFromDraft(draftOf({ body: bodyOf('Đoạn một.', node) }), [desk]);
      expect(article.photos.map((p) => p.caption)).toEqual([expected]);
    });
  }

  it('a photo whose record is gone keeps the words it carries; without records, the copies are read', () => {
    const body = bodyOf({ ...copy, ownWords: false });
    expect(articleFromDraft(draftOf({ body }), []).photos[0]?.caption).toBe(copy.caption);
    expect(articleFromDraft(draftOf({ body })).photos[0]?.caption).toBe(copy.caption);
  });

  it('the same photo twice: the shared use follows the desk, the other keeps its own, in every export', () => {
    const body = bodyOf({ ...copy, ownWords: false }, { ...copy, caption: 'Toàn cảnh', ownWords: true });
    // Both nodes are the same photo.
    (body.root.children[1] as { photoId: string }).photoId = 'photo-1';
    const article = articleFromDraft(draftOf({ body }), [desk]);
    expect(article.photos.map((p) => [p.caption, p.credit])).toEqual([
      [desk.caption, desk.credit],
      ['Toàn cảnh', copy.credit],
    ]);
    const html = articleToHtml(article, { lead: false, byline: false });
    expect(html).toContain(desk.caption);
    expect(article.photos[0]?.altText).toBe(desk.altText);
    expect(html).toContain('Toàn cảnh');
    expect(JSON.stringify(articleToNinjs(article))).toContain(desk.caption);
  });
});
