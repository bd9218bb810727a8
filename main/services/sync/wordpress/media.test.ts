import { describe, expect, it } from 'vitest';
import { postMarker, readMarker, withoutMarker } from './marker';
import { captionWithCredit, mediaFileName } from './media';

describe('photo words for the media library', () => {
  it.each([
    ['Đại biểu dự họp mặt.', 'Thảo Nguyên', 'Đại biểu dự họp mặt. (Ảnh: Thảo Nguyên)'],
    ['Đại biểu dự họp mặt.', 'Ảnh: Thảo Nguyên', 'Đại biểu dự họp mặt. (Ảnh: Thảo Nguyên)'],
    ['Đại biểu dự họp mặt.', 'Photo: Reuters', 'Đại biểu dự họp mặt. (Photo: Reuters)'],
    ['Đại biểu dự họp mặt.', '  ', 'Đại biểu dự họp mặt.'],
    ['', 'TTXVN', '(Ảnh: TTXVN)'],
  ])('%j + credit %j → %j', (caption, credit, expected) => {
    expect(captionWithCredit(caption, credit)).toBe(expected);
  });

  it.each([
    [
      { sha256: 'ABCDEF0123456789'.padEnd(64, '0'), name: 'Họp mặt Cần Thơ.JPG' },
      'nd-abcdef012345-hop-mat-can-tho.jpg',
    ],
    [{ sha256: '0123456789ab'.padEnd(64, 'f'), name: 'IMG_0042.HEIC' }, 'nd-0123456789ab-img-0042.jpg'],
    [{ sha256: '0123456789ab'.padEnd(64, 'f'), name: '...' }, 'nd-0123456789ab.jpg'],
  ])('file name of %j is %s', (photo, expected) => {
    expect(mediaFileName(photo)).toBe(expected);
  });
});

describe('the post marker', () => {
  const draftId = 'a3c1e0f2-5b7d-4c1e-9f00-123456789abc';
  const sendId = '0b8c2e57-0d2c-4f39-a5d6-6b1c1f7c9e10';

  it.each([
    [`<p>Bài.</p>\n${postMarker(draftId, sendId)}`, { draftId, sendId }],
    [`<p>Bài.</p>\n${postMarker(draftId, sendId)}\n`, { draftId, sendId }],
    [`<p>Bài.</p><!-- newsdesk:${draftId} -->`, { draftId, sendId: null }],
    ['<p>Bài.</p><!-- other comment -->', null],
    [`${postMarker(draftId, sendId)}<p>Sửa trên CMS, marker không còn ở cuối.</p>`, null],
  ])('%j → %j', (content, expected) => {
    expect(readMarker(content)).toEqual(expected);
  });

  it('comes off the content a person reads', () => {
    expect(withoutMarker(`<p>Bài.</p>\n${postMarker(draftId, sendId)}`)).toBe('<p>Bài.</p>');
  });
});
