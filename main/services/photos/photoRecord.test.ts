import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhotoRecordSchema, type PhotoRecord } from '../../../shared/article/photo';
import type { DevelopedPhoto, Original } from './develop';
import { PhotoFolder } from './PhotoFolder';
import { photoRecordOf, withDeskChanges, withRenditions } from './photoRecord';
import { realFs } from '../storage';

const id = 'a'.repeat(64);
const nfd = (text: string) => text.normalize('NFD');
const original: Original = { source: '/card/x.jpg', name: nfd('Ảnh lúa.jpg'), bytes: Buffer.alloc(10), sha256: id };
const developed: DevelopedPhoto = {
  format: 'jpeg',
  width: 800,
  height: 600,
  metadata: { hasGps: true },
  caption: nfd('Cần Thơ mùa lúa'),
  credit: nfd('Ảnh: Hùng'),
  copyright: nfd('© Báo Cần Thơ'),
  altText: nfd('Ruộng lúa chín'),
  kept: ['caption'],
  stripped: ['gps'],
  renditions: [
    { width: 640, height: 480, format: 'jpeg', data: Buffer.alloc(3) },
    { width: 320, height: 240, format: 'webp', data: Buffer.alloc(2) },
  ],
};

const record: PhotoRecord = PhotoRecordSchema.parse(
  photoRecordOf({
    original,
    developed,
    keepGps: false,
    importedAt: new Date('2024-10-15T09:41:00Z'),
    originalFile: PhotoFolder.originalFile(id, 'jpeg'),
    renditionFile: (r) => PhotoFolder.renditionFile(id, r),
  }),
);

describe('the photo record', () => {
  it.each([
    ['name', 'Ảnh lúa.jpg'],
    ['caption', 'Cần Thơ mùa lúa'],
    ['credit', 'Ảnh: Hùng'],
    ['copyright', '© Báo Cần Thơ'],
    ['altText', 'Ruộng lúa chín'],
  ] as const)('keeps %s in NFC whatever the photo said', (field, expected) => {
    expect(record[field]).toBe(expected.normalize('NFC'));
    expect(record[field]).not.toBe(nfd(expected));
  });

  it('names its files inside the draft photos folder, with their sizes', () => {
    expect(record.original).toEqual({ file: `originals/${id}.jpg`, format: 'jpeg', bytes: 10 });
    expect(record.renditions).toEqual([
      { width: 640, height: 480, format: 'jpeg', file: `renditions/${id}/640.jpg`, bytes: 3 },
      { width: 320, height: 240, format: 'webp', file: `renditions/${id}/320.webp`, bytes: 2 },
    ]);
    const folder = new PhotoFolder('/data/drafts/7c0f', realFs, false);
    expect(folder.pathOf(record.renditions[0].file)).toBe(
      path.join('/data/drafts/7c0f/photos', record.renditions[0].file),
    );
    expect(folder.recordPath(id)).toBe(path.join('/data/drafts/7c0f/photos', `${id}.json`));
  });

  it.each([
    [{ caption: nfd('Chợ nổi Cái Răng') }, { caption: 'Chợ nổi Cái Răng', credit: 'Ảnh: Hùng' }],
    [
      { credit: '', keepGps: true },
      { credit: '', keepGps: true, caption: 'Cần Thơ mùa lúa' },
    ],
    [{}, { caption: 'Cần Thơ mùa lúa', keepGps: false }],
  ])('the desk changes %j: NFC, and what is not given stays', (changes, expected) => {
    expect(withDeskChanges(record, changes)).toMatchObject(expected);
  });

  it('a refresh takes only what the files say', () => {
    const edited = withDeskChanges(record, { caption: 'Mới' });
    const refreshed = withRenditions(edited, { kept: [], stripped: [] }, []);
    expect(refreshed).toEqual({ ...edited, kept: [], stripped: [], renditions: [] });
  });
});
