import { describe, expect, it } from 'vitest';
import { articleFromDraft } from './article';
import { bodyOf, draftOf } from './draft.testing';

describe('articleFromDraft', () => {
  it('reads the body into blocks and lists its photos in order', () => {
    const article = articleFromDraft(
      draftOf({ body: bodyOf('Một', { caption: 'Ảnh một' }, 'Hai', { caption: 'Ảnh hai' }) }),
    );
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'photo', 'paragraph', 'photo']);
    expect(article.photos.map((p) => [p.photoId, p.caption])).toEqual([
      ['photo-1', 'Ảnh một'],
      ['photo-2', 'Ảnh hai'],
    ]);
    expect(article.bodyText).toBe('Một\n\nHai\n\n');
  });

  it('falls back to the plain text, one paragraph per block, when there is no rich body', () => {
    const article = articleFromDraft(draftOf({ body: null, bodyText: 'Đoạn một.\n\n  \n\nĐoạn hai.\ncùng đoạn' }));
    expect(article.blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Đoạn một.', bold: false, italic: false }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Đoạn hai.\ncùng đoạn', bold: false, italic: false }] },
    ]);
    expect(article.photos).toEqual([]);
  });

  it('is NFC throughout, whatever the draft held', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const article = articleFromDraft(
      draftOf({
        headline: nfd('Cần Thơ'),
        byline: [{ name: nfd('Thảo Nguyên') }],
        body: bodyOf({ caption: nfd('Đại biểu') }),
      }),
    );
    expect(article.headline).toBe('Cần Thơ'.normalize('NFC'));
    expect(article.byline[0].name).toBe('Thảo Nguyên'.normalize('NFC'));
    expect(article.photos[0].caption).toBe('Đại biểu'.normalize('NFC'));
  });

  it('keeps every article part of the draft', () => {
    const related = [{ url: 'https://nsmt.vn/a', title: 'A', teaser: 'a' }];
    const article = articleFromDraft(
      draftOf({ subheadline: 'Phụ', keywords: ['k'], related, language: 'en', status: 'finished' }),
    );
    expect(article).toMatchObject({
      subheadline: 'Phụ',
      keywords: ['k'],
      related,
      language: 'en',
      status: 'finished',
      revision: 3,
    });
  });
});
