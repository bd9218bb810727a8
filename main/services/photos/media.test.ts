import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaFileFor } from './media';

const data = path.resolve('/data');
const draft = '3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
const photo = 'a'.repeat(64);
const rendition = (...rest: string[]) => path.join(data, 'drafts', draft, 'photos', 'renditions', ...rest);

const cases: [string, string | null][] = [
  [`${draft}/photos/renditions/${photo}/1280.jpg`, rendition(photo, '1280.jpg')],
  [`/${draft}/photos/renditions/${photo}/320.webp`, rendition(photo, '320.webp')],
  [`${draft}/photos/renditions/${photo}/%31280.jpg`, rendition(photo, '1280.jpg')], // an encoded digit is fine
  [`${draft}/photos/originals/${photo}.jpg`, null],
  [`${draft}/photos/${photo}.json`, null],
  [`${draft}/photos/renditions/${photo}/1280.json`, null],
  [`${draft}/photos/renditions/${photo}/../../originals/x.jpg`, null],
  [`${draft}/photos/renditions/%2e%2e/%2e%2e/originals/x.jpg`, null],
  [`${draft}/photos/renditions/..%2F..%2Foriginals%2Fx.jpg`, null],
  [`${draft}/photos/renditions/..%5C..%5Cx.jpg`, null],
  [`${draft}/photos/renditions/a\\..\\..\\x.jpg`, null],
  [`${draft}/photos/renditions/x.jpg%00.png`, null],
  [`${draft}/photos/renditions/`, null],
  [`${draft}/photos/renditions//x.jpg`, null],
  [`../drafts/${draft}/photos/renditions/${photo}/1280.jpg`, null],
  [`..%2F${draft}/photos/renditions/x.jpg`, null],
  [`UPPER-CASE-ID/photos/renditions/${photo}/1280.jpg`, null],
  [`${draft}/photos/renditions/%E0%A4%A.jpg`, null],
  ['', null],
];

describe('mediaFileFor', () => {
  it.each(cases)('%s → %s', (urlPath, expected) => {
    expect(mediaFileFor(data, urlPath)).toBe(expected);
  });
});
