import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PhotoImportResult, PhotoRecord } from '../../../shared/article/photo';
import { exiftool, fixture, gpsTags, hasExiftool, hasPhotoFixtures, tempDir } from '../../../tests/support/photos';
import { PhotosService } from './PhotosService';
import type { RefreshOutcome } from './refresh';

const clock = { now: () => new Date('2024-10-14T08:30:00.000Z') };
const AGENCY = 'iptc-agency-photographer-example.jpg'; // 527×350, EXIF and XMP GPS

let scratch: Awaited<ReturnType<typeof tempDir>>;
let draft: string;
let n = 0;
beforeAll(async () => {
  scratch = await tempDir();
});
beforeEach(async () => {
  draft = path.join(scratch.dir, `draft-${++n}`);
  await mkdir(draft);
});
afterAll(() => scratch.remove());

/** A service that refreshes 30 ms after the last change and keeps every outcome. */
function service() {
  const outcomes: RefreshOutcome[] = [];
  const photos = new PhotosService({
    clock,
    fsync: false,
    options: { widths: [1280, 640, 320] },
    refreshDelayMs: 30,
    onRefresh: (outcome) => outcomes.push(outcome),
  });
  return { photos, outcomes };
}

const ok = (r: PhotoImportResult) => {
  if (!r.ok) throw new Error(`expected success, got ${r.error.message}`);
  return r.record;
};
const files = (record: PhotoRecord) => record.renditions.map((r) => path.join(draft, 'photos', r.file));
/** A rendition's XMP as exifr reads it: the caption is an x-default language alternative. */
async function xmpOf(file: string) {
  const xmp = (await exifr.parse(file, { xmp: true, tiff: false, mergeOutput: false })) as {
    dc?: { description?: { value?: string } };
    photoshop?: { Credit?: string };
    exif?: { GPSLatitude?: string };
  };
  return { caption: xmp.dc?.description?.value, credit: xmp.photoshop?.Credit, gpsLatitude: xmp.exif?.GPSLatitude };
}

describe.skipIf(!hasPhotoFixtures)('renditions follow the desk', () => {
  it('carry the caption and credit the desk wrote, and the record their new sizes', async () => {
    const { photos, outcomes } = service();
    const record = ok((await photos.importInto(draft, [fixture(AGENCY)]))[0]);
    const answered = await photos.update(draft, record.id, {
      caption: 'Tượng Lincoln, Washington',
      credit: 'Ảnh: Reuters',
    });
    expect(answered.renditions).toEqual(record.renditions); // the answer does not wait for the files
    await photos.whenIdle();
    expect(outcomes.map((o) => o.ok)).toEqual([true]);
    const refreshed = await photos.record(draft, record.id);
    expect(refreshed).toMatchObject({ caption: 'Tượng Lincoln, Washington', credit: 'Ảnh: Reuters', keepGps: false });
    expect(refreshed?.stripped).toContain('gps');
    expect(refreshed?.renditions.map((r) => r.file)).toEqual(record.renditions.map((r) => r.file));
    for (const [i, file] of files(record).entries()) {
      const xmp = await xmpOf(file);
      expect(xmp.caption).toBe('Tượng Lincoln, Washington');
      expect(xmp.credit).toBe('Ảnh: Reuters');
      expect(xmp.gpsLatitude).toBeUndefined();
      expect(refreshed?.renditions[i].bytes).toBe((await stat(file)).size);
    }
    const leftovers = await readdir(path.join(draft, 'photos', 'renditions'));
    expect(leftovers).toEqual([record.id]); // no staging folder left behind
  });

  it('keep GPS on puts the location in every rendition; off takes it out again', async () => {
    const { photos } = service();
    const record = ok((await photos.importInto(draft, [fixture(AGENCY)]))[0]);
    expect(record.metadata.hasGps).toBe(true);
    await photos.update(draft, record.id, { keepGps: true });
    await photos.whenIdle();
    const kept = await photos.record(draft, record.id);
    expect(kept?.kept).toContain('gps');
    expect(kept?.stripped).not.toContain('gps');
    for (const file of files(record)) {
      expect((await xmpOf(file)).gpsLatitude).toMatch(/^38,53\.\d+N$/);
      if (hasExiftool)
        expect(gpsTags(exiftool(file))).toEqual(
          expect.arrayContaining(['XMP-exif:GPSLatitude', 'XMP-exif:GPSLongitude']),
        );
    }
    await photos.update(draft, record.id, { keepGps: false });
    await photos.whenIdle();
    const removed = await photos.record(draft, record.id);
    expect(removed?.kept).not.toContain('gps');
    expect(removed?.stripped).toContain('gps');
    for (const file of files(record)) {
      expect((await xmpOf(file)).gpsLatitude).toBeUndefined();
      if (hasExiftool) expect(gpsTags(exiftool(file))).toEqual([]);
    }
  });

  it('saves while typing make one refresh (or one more if a save lands during it); the files carry the last words', async () => {
    const { photos, outcomes } = service();
    const record = ok((await photos.importInto(draft, [fixture(AGENCY)]))[0]);
    const typed = ['T', 'Tư', 'Tượng', 'Tượng L', 'Tượng Lincoln'];
    for (const caption of typed) await photos.update(draft, record.id, { caption });
    await photos.whenIdle();
    expect(outcomes).toHaveLength(1);
    // Three more changes, wherever they land against the runs they start (before one, during one:
    // RefreshQueue.test pins "a change during a run earns exactly one more" with held tasks):
    // never more runs than changes, and the files end with the last words.
    for (const credit of ['AP', 'AP / Reuters', 'AP / Reuters / TTXVN'])
      await photos.update(draft, record.id, { credit });
    await photos.whenIdle();
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
    expect(outcomes.length).toBeLessThanOrEqual(4);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const file of files(record)) {
      const xmp = await xmpOf(file);
      expect(xmp.caption).toBe('Tượng Lincoln');
      expect(xmp.credit).toBe('AP / Reuters / TTXVN');
    }
  });

  it('an unchanged value, or keeping GPS a photo never had, makes no refresh', async () => {
    const { photos, outcomes } = service();
    const record = ok((await photos.importInto(draft, [fixture('Bush-dog.jpg')]))[0]);
    expect(record.metadata.hasGps).toBe(false);
    await photos.update(draft, record.id, { keepGps: true, credit: record.credit });
    await photos.whenIdle();
    expect(outcomes).toEqual([]);
  });

  it('a refresh that fails (the original is gone) keeps the old renditions and the record', async () => {
    const { photos, outcomes } = service();
    const record = ok((await photos.importInto(draft, [fixture(AGENCY)]))[0]);
    const before = await Promise.all(files(record).map((f) => readFile(f)));
    await rm(path.join(draft, 'photos', record.original.file));
    const answered = await photos.update(draft, record.id, { caption: 'Chú thích mới' });
    await photos.whenIdle();
    expect(outcomes).toMatchObject([{ ok: false, id: record.id }]);
    expect(await photos.record(draft, record.id)).toEqual(answered);
    expect(await Promise.all(files(record).map((f) => readFile(f)))).toEqual(before);
    const names = await readdir(path.join(draft, 'photos', 'renditions'));
    expect(names).toEqual([record.id]);
  });

  it('close makes the refreshes still waiting and waits for them', async () => {
    const photos = new PhotosService({ clock, fsync: false, options: { widths: [640, 320] }, refreshDelayMs: 60_000 });
    const record = ok((await photos.importInto(draft, [fixture(AGENCY)]))[0]);
    await photos.update(draft, record.id, { credit: 'Trước khi đóng' });
    await photos.close();
    expect((await xmpOf(files(record)[0])).credit).toBe('Trước khi đóng');
    await photos.update(draft, record.id, { credit: 'Sau khi đóng' });
    await photos.whenIdle(); // nothing new is scheduled once closed
    expect((await xmpOf(files(record)[0])).credit).toBe('Trước khi đóng');
  });
});
