import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../article/article';
import type { Draft } from '../article/draft';
import { bodyOf, draftOf } from '../article/draft.testing';
import { DEFAULT_HOUSE_STYLE } from '../format/houseStyle';
import { articleToNinjs, type NinjsOptions } from './ninjs';

const NSMT = { ...DEFAULT_HOUSE_STYLE, outlet: 'NSMT' };
const story: Partial<Draft> = {
  section: 'Nhịp sống',
  headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt',
  subheadline: 'Kỷ niệm 94 năm ngày truyền thống',
  dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
  lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ.',
  body: bodyOf('Trải qua 94 năm đồng hành.', {
    caption: 'Bí thư Thành ủy tặng Kỷ niệm chương.',
    credit: 'Ảnh: Thảo Nguyên',
    altText: 'Hai người bắt tay',
  }),
  byline: [{ name: 'Thảo Nguyên' }, { name: 'Minh Anh' }],
  keywords: ['dân vận', 'Cần Thơ'],
};
const renditions: NinjsOptions['renditions'] = {
  'photo-1': [
    {
      name: 'main',
      href: 'https://cdn.nsmt.vn/photo-1/1600.jpg',
      width: 1600,
      height: 1067,
      contenttype: 'image/jpeg',
      sizeinbytes: 245_000,
    },
    {
      name: 'thumbnail',
      href: 'https://cdn.nsmt.vn/photo-1/320.webp',
      width: 320,
      height: 213,
      contenttype: 'image/webp',
    },
    { name: 'local', href: 'file:///home/pv/photo-1.jpg' },
  ],
};

describe('articleToNinjs', () => {
  it('maps a whole story by the documented profile', () => {
    const ninjs = articleToNinjs(articleFromDraft(draftOf(story)), { houseStyle: NSMT, renditions });
    expect(ninjs).toEqual({
      uri: 'urn:newsdesk:article:a3c1e0f2-5b7d-4c1e-9f00-123456789abc',
      standard: { name: 'ninjs', version: '2.2', schema: 'https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
      type: 'text',
      profile: 'newsdesk-tin',
      version: '3',
      firstcreated: '2024-10-15T09:30:00.000Z',
      versioncreated: '2024-10-15T09:41:00.000Z',
      contentcreated: '2024-10-15T16:41:00+07:00',
      pubstatus: 'usable',
      language: 'vi',
      slugline: 'ban-dan-van-thanh-uy-can-tho-to-chuc-hop-mat',
      headlines: [
        { role: 'main', value: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt' },
        { role: 'subhead', value: 'Kỷ niệm 94 năm ngày truyền thống' },
      ],
      descriptions: [
        {
          role: 'lead',
          contenttype: 'text/plain',
          value: '(NSMT) - Được sự cho phép của Thường trực Thành ủy Cần Thơ.',
        },
        { role: 'dateline', contenttype: 'text/plain', value: 'Thứ ba, 15/10/2024, 16:41' },
      ],
      bodies: [
        {
          role: 'main',
          contenttype: 'text/html',
          value:
            '<p>Trải qua 94 năm đồng hành.</p>\n<figure><img src="https://cdn.nsmt.vn/photo-1/1600.jpg" alt="Hai người bắt tay" width="1600" height="1067">' +
            '<figcaption>Bí thư Thành ủy tặng Kỷ niệm chương. <span class="credit">Ảnh: Thảo Nguyên</span></figcaption></figure>',
          charcount: 26,
          wordcount: 6,
        },
      ],
      by: 'Thảo Nguyên, Minh Anh',
      located: 'Cần Thơ',
      subjects: [
        { name: 'Nhịp sống', rel: 'section' },
        { name: 'dân vận', rel: 'keyword' },
        { name: 'Cần Thơ', rel: 'keyword' },
      ],
      associations: [
        {
          name: 'photo-1',
          uri: 'urn:newsdesk:photo:photo-1',
          type: 'picture',
          descriptions: [
            { role: 'caption', contenttype: 'text/plain', value: 'Bí thư Thành ủy tặng Kỷ niệm chương.' },
            { role: 'alt', contenttype: 'text/plain', value: 'Hai người bắt tay' },
          ],
          by: 'Ảnh: Thảo Nguyên',
          renditions: [
            {
              name: 'main',
              href: 'https://cdn.nsmt.vn/photo-1/1600.jpg',
              width: 1600,
              height: 1067,
              contenttype: 'image/jpeg',
              sizeinbytes: 245_000,
            },
            {
              name: 'thumbnail',
              href: 'https://cdn.nsmt.vn/photo-1/320.webp',
              width: 320,
              height: 213,
              contenttype: 'image/webp',
            },
          ],
        },
      ],
    });
  });

  const fieldCases: {
    name: string;
    draft: Partial<Draft>;
    options?: NinjsOptions;
    expected: Record<string, unknown>;
  }[] = [
    {
      name: 'a bare draft has only what it has: no dateline fields, no empty arrays',
      draft: { headline: 'Tin' },
      expected: {
        headlines: [{ role: 'main', value: 'Tin' }],
        descriptions: undefined,
        by: undefined,
        located: undefined,
        contentcreated: undefined,
        subjects: undefined,
        associations: undefined,
        infosources: undefined,
      },
    },
    {
      name: 'the dateline source becomes an info source and the lead prefix',
      draft: { lead: 'Sáng 16/11…', dateline: { place: '', dateTime: '2024-11-16T08:00:00+07:00', source: 'TTXVN' } },
      options: { houseStyle: NSMT },
      expected: {
        infosources: [{ name: 'TTXVN' }],
        located: undefined,
        descriptions: [
          { role: 'lead', contenttype: 'text/plain', value: '(TTXVN) - Sáng 16/11…' },
          { role: 'dateline', contenttype: 'text/plain', value: 'Thứ bảy, 16/11/2024, 08:00' },
        ],
      },
    },
    {
      name: 'an English article uses the English dateline pattern',
      draft: { language: 'en', dateline: { place: 'Can Tho', dateTime: '2024-10-15T16:41:00+07:00', source: '' } },
      expected: {
        language: 'en',
        descriptions: [{ role: 'dateline', contenttype: 'text/plain', value: 'Tuesday, October 15, 2024, 4:41 PM' }],
      },
    },
    {
      name: 'uris come from the options when given',
      draft: { body: bodyOf({ photoId: 'ab'.repeat(32) }) },
      options: { uri: 'https://nsmt.vn/ninjs/42', photoUri: (id) => `https://nsmt.vn/photos/${id}` },
      expected: {
        uri: 'https://nsmt.vn/ninjs/42',
        associations: [expect.objectContaining({ name: 'photo-1', uri: `https://nsmt.vn/photos/${'ab'.repeat(32)}` })],
      },
    },
    {
      name: 'photos are associated in body order; empty caption, alt and credit are left out',
      draft: { body: bodyOf({ caption: '', altText: '', credit: '' }, 'giữa', { caption: 'Hai' }) },
      expected: {
        associations: [
          { name: 'photo-1', uri: 'urn:newsdesk:photo:photo-1', type: 'picture' },
          expect.objectContaining({
            name: 'photo-2',
            descriptions: [
              { role: 'caption', contenttype: 'text/plain', value: 'Hai' },
              { role: 'alt', contenttype: 'text/plain', value: 'Mô tả' },
            ],
          }),
        ],
      },
    },
  ];
  for (const { name, draft, options, expected } of fieldCases) {
    it(name, () => {
      const ninjs = articleToNinjs(articleFromDraft(draftOf(draft)), options) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected)) expect(ninjs[field], field).toEqual(value);
    });
  }
});
