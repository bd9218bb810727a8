import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PhotoRecordSchema, type PhotoImportResult } from '../../../shared/article/photo';
import { fixture, hasPhotoFixtures, makeJpeg, tempDir } from '../../../tests/support/photos';
import type { StoreFs } from '../storage';
import { PhotosService } from './PhotosService';
import { xmpPacket } from './privacy';

const clock = { now: () => new Date('2024-10-14T08:30:00.000Z') };
const service = (fs?: StoreFs) =>
  new PhotosService({ clock, fs, fsync: false, options: { widths: [1280, 640, 320] }, refreshDelayMs: 10 });

let scratch: Awaited<ReturnType<typeof tempDir>>;
let draft: string;
let cardDir: string;
const card = (name: string) => path.join(cardDir, name);

/** Every file below the draft folder, relative, sorted. */
async function tree(dir = draft): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(draft, path.join(e.parentPath, e.name)))
    .sort();
}

const ok = (r: PhotoImportResult) => {
  if (!r.ok) throw new Error(`expected success, got ${r.error.message}`);
  return r;
};

beforeAll(async () => {
  scratch = await tempDir();
  cardDir = path.join(scratch.dir, 'card');
  await mkdir(cardDir);
  await writeFile(card('a.jpg'), await makeJpeg({ width: 1600, height: 1200, gps: true, serial: true }));
  await writeFile(card('b.jpg'), await makeJpeg({ width: 900, height: 1200, orientation: 6 }));
  await writeFile(card('empty.jpg'), '');
  const half = await makeJpeg({ width: 1600, height: 1200 });
  await writeFile(card('half.jpg'), half.subarray(0, half.length / 2));
  await writeFile(card('page.jpg'), '<html><head></head></html>');
});

let n = 0;
beforeEach(async () => {
  draft = path.join(scratch.dir, `draft-${++n}`);
  await mkdir(draft);
});
afterAll(() => scratch.remove());

describe('importing photos into a draft', () => {
  it('stores the original, the renditions and the record', async () => {
    const [result] = await service().importInto(draft, [card('a.jpg')]);
    const { record, duplicate } = ok(result);
    const id = record.id;
    expect(duplicate).toBe(false);
    expect(await tree()).toEqual([
      `photos/${id}.json`,
      `photos/originals/${id}.jpg`,
      `photos/renditions/${id}/1280.jpg`,
      `photos/renditions/${id}/320.jpg`,
      `photos/renditions/${id}/640.jpg`,
    ]);
    expect(await readFile(path.join(draft, 'photos', record.original.file))).toEqual(await readFile(card('a.jpg')));
    const saved = PhotoRecordSchema.parse(JSON.parse(await readFile(path.join(draft, `photos/${id}.json`), 'utf8')));
    expect(saved).toEqual(record);
    expect(record).toMatchObject({
      name: 'a.jpg',
      importedAt: '2024-10-14T08:30:00.000Z',
      original: { format: 'jpeg' },
      width: 1600,
      height: 1200,
      metadata: { camera: 'Canon EOS R6', hasGps: true },
      keepGps: false,
      renditions: [
        { width: 1280, height: 960, format: 'jpeg', file: `renditions/${id}/1280.jpg` },
        { width: 640, height: 480 },
        { width: 320, height: 240 },
      ],
    });
    expect(record.stripped).toEqual(expect.arrayContaining(['gps', 'serial_numbers', 'owner_name']));
    const meta = await sharp(path.join(draft, 'photos', record.renditions[0].file)).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([1280, 960, undefined]);
  });

  it('the same picture is stored once, and an imported photo is never written again', async () => {
    const photos = service();
    const first = await photos.importInto(draft, [card('a.jpg'), card('a.jpg')]);
    expect(first.map((r) => ok(r).duplicate).sort()).toEqual([false, true]);
    const before = await tree();
    const times = await Promise.all(before.map(async (f) => (await stat(path.join(draft, f))).mtimeMs));
    await writeFile(card('a-copy.jpg'), await readFile(card('a.jpg')));
    const again = await photos.importInto(draft, [card('a-copy.jpg')]);
    expect(ok(again[0])).toMatchObject({ duplicate: true, record: { name: 'a.jpg' } });
    expect(await tree()).toEqual(before);
    expect(await Promise.all(before.map(async (f) => (await stat(path.join(draft, f))).mtimeMs))).toEqual(times);
  });

  it('a batch with bad files finishes the good ones, each failure with its own message', async () => {
    const progress: string[] = [];
    const results = await service().importInto(
      draft,
      [card('empty.jpg'), card('a.jpg'), card('half.jpg'), card('missing.jpg'), card('b.jpg'), card('page.jpg')],
      { onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.failed}`) },
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'empty',
      'ok',
      'damaged',
      'unreadable',
      'ok',
      'not_an_image',
    ]);
    expect(results.map((r) => (r.ok ? r.record.name : r.error.message.split(':')[0]))).toEqual([
      'empty.jpg',
      'a.jpg',
      'half.jpg',
      'missing.jpg',
      'b.jpg',
      'page.jpg',
    ]);
    expect(progress.at(-1)).toBe('6/6 4');
    expect(progress.map((p) => p.split(' ')[0])).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    const b = ok(results[4]).record;
    expect([b.width, b.height]).toEqual([1200, 900]); // orientation 6: upright is landscape
    expect((await tree()).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('cancel: photos not started are cancelled, nothing half-imported is left', async () => {
    const controller = new AbortController();
    const files = [card('a.jpg'), card('b.jpg'), card('a.jpg'), card('b.jpg')];
    const results = await service().importInto(draft, files, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.slice(2)).toEqual(['cancelled', 'cancelled']);
    expect(results[2]).toMatchObject({ ok: false, error: { message: 'a.jpg: import cancelled' } });
    const records = (await tree()).filter((f) => f.endsWith('.json'));
    // Every record on disk is whole, and no file belongs to a photo without a record.
    for (const file of await tree()) expect(records.some((r) => file.includes(path.basename(r, '.json')))).toBe(true);
    expect((await tree()).some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('a failed write leaves nothing behind and reports the disk problem', async () => {
    const full: StoreFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (String(to).endsWith('.json'))
          throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'rename' });
        return nodeFs.rename(from, to);
      },
    };
    const [result] = await service(full).importInto(draft, [card('a.jpg')]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'storage_failed', message: 'a.jpg: could not be saved in the draft: the disk is full' },
    });
    expect(await tree()).toEqual([]);
  });

  it('leftovers of an interrupted import are replaced; a damaged record is imported again', async () => {
    const photos = service();
    const { record } = ok((await photos.importInto(draft, [card('b.jpg')]))[0]);
    const recordFile = path.join(draft, `photos/${record.id}.json`);
    await writeFile(recordFile, '{"id": "trunc');
    await writeFile(path.join(draft, `photos/renditions/${record.id}/stale.jpg`), 'x');
    const again = ok((await photos.importInto(draft, [card('b.jpg')]))[0]);
    expect(again.duplicate).toBe(false);
    expect(await tree()).not.toContain(`photos/renditions/${record.id}/stale.jpg`);
    expect(await photos.record(draft, record.id)).toEqual(again.record);
  });

  it('lists the finished imports of a draft', async () => {
    const photos = service();
    expect(await photos.list(draft)).toEqual([]);
    const results = await photos.importInto(draft, [card('a.jpg'), card('half.jpg'), card('b.jpg')]);
    const listed = await photos.list(draft);
    expect(listed.map((r) => r.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(listed).toContainEqual(ok(results[0]).record);
    expect(await photos.record(draft, '../../etc/passwd')).toBeUndefined();
  });

  it('keeps GPS in the renditions only for a photo where someone chose so', async () => {
    const results = await service().importInto(draft, [{ path: card('a.jpg'), keepGps: true }]);
    const { record } = ok(results[0]);
    expect(record.keepGps).toBe(true);
    expect(record.kept).toContain('gps');
    expect(record.stripped).not.toContain('gps');
    const xmp = await exifr.parse(path.join(draft, 'photos', record.renditions[0].file), {
      xmp: true,
      tiff: false,
      mergeOutput: false,
    });
    expect(xmp.exif.GPSLatitude).toBe('10,2.000000N');
  });
});

describe('the desk edits an imported photo', () => {
  it('prefills copyright from the metadata; updates are NFC, serialised per photo and written whole', async () => {
    const xmp = xmpPacket({ copyright: '© Báo Cần Thơ'.normalize('NFD'), credit: 'TTXVN' });
    await writeFile(card('rights.jpg'), await makeJpeg({ width: 400, height: 300, xmp }));
    const photos = service();
    const { record } = ok((await photos.importInto(draft, [card('rights.jpg')]))[0]);
    expect([record.copyright, record.credit]).toEqual(['© Báo Cần Thơ'.normalize('NFC'), 'TTXVN']);
    const [a, b] = await Promise.all([
      photos.update(draft, record.id, { caption: 'Chợ nổi Cái Răng'.normalize('NFD') }),
      photos.update(draft, record.id, { credit: 'Ảnh: Hoàng Vũ', keepGps: true }),
    ]);
    expect(a.caption).toBe('Chợ nổi Cái Răng'.normalize('NFC'));
    expect(b).toMatchObject({
      caption: a.caption,
      credit: 'Ảnh: Hoàng Vũ',
      keepGps: true,
      renditions: record.renditions,
    });
    expect(await photos.record(draft, record.id)).toEqual(b);
    expect((await tree()).some((f) => f.endsWith('.tmp'))).toBe(false);
    await expect(photos.update(draft, 'f'.repeat(64), { caption: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await photos.whenIdle(); // the renditions follow in the background (PhotosService.refresh.test.ts)
  });

  it('the name given for a file (a staged one) names the record and its messages', async () => {
    const photos = service();
    const results = await photos.importInto(draft, [
      { path: card('b.jpg'), name: 'Ảnh 1.jpg' },
      { path: card('page.jpg'), name: 'trang.jpg' },
    ]);
    expect(ok(results[0]).record.name).toBe('Ảnh 1.jpg');
    expect(results[1]).toMatchObject({
      ok: false,
      source: card('page.jpg'),
      error: { message: expect.stringMatching(/^trang\.jpg: /) },
    });
  });
});

describe.skipIf(!hasPhotoFixtures)('importing the shared fixtures', () => {
  it('prefills caption, credit and alt text of the IPTC reference image exactly', async () => {
    const [result] = await service().importInto(draft, [fixture('IPTC-PhotometadataRef-Std2021.1.jpg')]);
    const { record } = ok(result);
    expect(record).toMatchObject({
      caption: 'The description aka caption (ref2021.1)',
      credit: 'Credit Line (ref2021.1)',
      copyright: 'Copyright (Notice) 2021.1 IPTC - www.iptc.org  (ref2021.1)',
      altText: 'This is the Alt Text description to support accessibility in 2021.1',
      metadata: {
        creator: 'Creator1 (ref2021.1)',
        copyright: 'Copyright (Notice) 2021.1 IPTC - www.iptc.org  (ref2021.1)',
      },
      kept: ['caption', 'creator', 'credit', 'copyright', 'alt_text'],
    });
  });

  it('a batch of every fixture imports the good ones and names each bad one', async () => {
    const names = [
      'truncated.jpg',
      'Landscape_6.jpg',
      'corrupt-header.jpg',
      'not-an-image.jpg',
      '65536-uint32-limit.png',
      'giant-image.jpg',
      'kitten-progressive.jpg',
    ];
    const results = await service().importInto(draft, names.map(fixture));
    expect(results.map((r) => (r.ok ? `ok ${r.record.width}x${r.record.height}` : r.error.message))).toEqual([
      'truncated.jpg: the file is damaged (ends early) — ask for it again',
      'ok 600x450',
      'corrupt-header.jpg: the file is damaged (its header is unreadable) — ask for it again',
      'not-an-image.jpg: this is not a photo (it is a web page) — ask for the original picture',
      '65536-uint32-limit.png: the picture is too large (65536 × 65536 px, 4295 megapixels; the limit is 268) — ask for a smaller version',
      'giant-image.jpg: the picture is too large (20000 × 14000 px, 280 megapixels; the limit is 268) — ask for a smaller version',
      'ok 1024x683',
    ]);
  });
});
