import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../../shared/article/article';
import type { Draft } from '../../shared/article/draft';
import { bodyOf, draftOf } from '../../shared/article/draft.testing';
import { DEFAULT_HOUSE_STYLE } from '../../shared/format/houseStyle';
import { articleToNinjs, type NinjsOptions } from '../../shared/export/ninjs';
import { ninjsValidator } from '../support/ninjsSchema';
import { sharedDir } from '../support/reference';
import { referenceDraft } from './referenceArticle';

const validate = ninjsValidator();
const example = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(sharedDir, 'reference/ninjs', name), 'utf8'));
const NSMT = { houseStyle: { ...DEFAULT_HOUSE_STYLE, outlet: 'NSMT' } };

describe('the validator is the real ninjs 2.2 schema', () => {
  const controls: [name: string, doc: unknown, valid: boolean][] = [
    ['IPTC example 005 (complex text article)', example('005_complex_text_article.json'), true],
    ['IPTC example 007 (multimedia)', example('007_multimedia.json'), true],
    // Its uri "renditions-example" is not a URI: the format check is on.
    ['IPTC example 002 (renditions)', example('002_renditions_example.json'), false],
    ['no uri', { type: 'text' }, false],
    [
      'a "keywords" property (ninjs 2.2 has none: keywords go to subjects)',
      { uri: 'urn:newsdesk:article:x', keywords: ['a'] },
      false,
    ],
    [
      'a "datetime" property (ninjs 2.2 has none: the dateline time is contentcreated)',
      { uri: 'urn:newsdesk:article:x', datetime: '2024-10-15T16:41:00+07:00' },
      false,
    ],
    ['a date-time without an offset', { uri: 'urn:newsdesk:article:x', versioncreated: '2024-10-15T16:41:00' }, false],
    [
      'an association without a name',
      { uri: 'urn:newsdesk:article:x', associations: [{ uri: 'urn:newsdesk:photo:1' }] },
      false,
    ],
  ];
  for (const [name, doc, valid] of controls) {
    it(`${name} is ${valid ? 'valid' : 'refused'}`, () => expect(validate(doc).length === 0).toBe(valid));
  }
});

describe('articleToNinjs output validates against ninjs-schema_2.2.json', () => {
  const photo = { caption: 'Chú thích', credit: 'Ảnh: NSMT', altText: 'Mô tả' };
  const cases: { name: string; draft: Draft; options?: NinjsOptions }[] = [
    {
      name: 'the reference article, with photos and renditions',
      draft: referenceDraft(),
      options: {
        ...NSMT,
        renditions: {
          'photo-1': [
            {
              name: 'main',
              href: 'https://cdn.nsmt.vn/1.jpg',
              width: 1600,
              height: 1067,
              contenttype: 'image/jpeg',
              sizeinbytes: 1,
            },
          ],
        },
      },
    },
    { name: 'an empty new draft', draft: draftOf() },
    {
      name: 'an English brief with a dateline source',
      draft: draftOf({
        language: 'en',
        template: 'tin-van',
        headline: 'Brief',
        dateline: { place: 'Can Tho', dateTime: '2024-10-15T09:41:00Z', source: 'VNA' },
      }),
    },
    {
      name: 'a photo story whose renditions are partly unusable',
      draft: draftOf({ template: 'anh', headline: 'Ảnh', body: bodyOf(photo, photo, photo) }),
      options: {
        renditions: {
          'photo-2': [
            { name: 'x', href: 'not a url' },
            { name: 'y', href: 'https://cdn.nsmt.vn/2.jpg' },
          ],
        },
      },
    },
    {
      name: 'hostile text everywhere',
      draft: draftOf({
        headline: '<script>alert(1)</script>',
        lead: '"><img onerror=alert(1)>',
        keywords: ['<b>'],
        body: bodyOf({ caption: '</figcaption><script>', credit: '"', altText: "'" }),
      }),
    },
  ];
  for (const { name, draft, options } of cases) {
    it(name, () => expect(validate(articleToNinjs(articleFromDraft(draft), options))).toEqual([]));
  }
});
