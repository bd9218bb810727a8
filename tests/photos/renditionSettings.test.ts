import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoImportResult } from '../../shared/article/photo';
import type { ApiResult } from '../../shared/contract';
import type { RenditionSettings } from '../../shared/contract/renditionSettings';
import { createNewsdesk, type Newsdesk } from '../../main/compose';
import { memorySettingsStore } from '../../main/services/settings/memoryStore';
import { fixture, hasPhotoFixtures, makeJpeg, tempDir } from '../support/photos';

/*
 * Settings → Photo renditions through the real dispatcher, the real sharp pipeline and a real
 * data folder: what the desk sets is what the next import writes to disk.
 */

let scratch: Awaited<ReturnType<typeof tempDir>>;
/** A 2000 × 1000 photo: the IPTC reference photo, or one made here without the shared fixtures. */
let photo: Uint8Array;
beforeAll(async () => {
  scratch = await tempDir('newsdesk-renditions-');
  const bytes = hasPhotoFixtures
    ? await readFile(fixture('IPTC-PhotometadataRef-Std2021.1.jpg'))
    : await makeJpeg({ width: 2000, height: 1000 });
  photo = new Uint8Array(bytes);
});
afterAll(() => scratch.remove());

let open: Newsdesk[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

let n = 0;
async function start() {
  const dataDir = path.join(scratch.dir, `data-${++n}`);
  const services = await createNewsdesk({
    dataDir,
    settingsStore: memorySettingsStore(),
    photoOptions: { concurrency: 1 },
  });
  open.push(services);
  const call = async <T>(operation: string, payload: unknown): Promise<T> => {
    const result = (await services.dispatcher.dispatch(operation, payload)) as ApiResult<T>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data;
  };
  /** The photo imported into a new draft (the same picture twice in one draft is one photo). */
  const importPhoto = async (name: string) => {
    const draftId = (await call<{ draft: { id: string } }>('drafts.create', {})).draft.id;
    const { stagedId } = await call<{ stagedId: string }>('photos.stage', { draftId, name, data: photo });
    const { results } = await call<{ results: PhotoImportResult[] }>('photos.import', {
      draftId,
      batchId: `batch-${String(++n).padStart(4, '0')}`,
      files: [{ stagedId, name }],
    });
    if (!results[0].ok) throw new Error(results[0].error.message);
    const record = results[0].record;
    const dir = path.join(dataDir, 'drafts', draftId, 'photos', 'renditions', record.id);
    return { draftId, record, dir };
  };
  const setRenditions = (photos: RenditionSettings) => call('settings.update', { photos });
  return { services, call, importPhoto, setRenditions };
}

/** What is on disk, read back with sharp: "1600.jpg 1600×800 jpeg", largest first. */
async function filesOn(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort((a, b) => parseInt(b) - parseInt(a) || a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const { width, height, format } = await sharp(path.join(dir, name)).metadata();
      return `${name} ${width}×${height} ${format}`;
    }),
  );
}

describe('renditions follow Settings → Photo renditions', () => {
  it('the next import writes the widths and formats the desk set; a photo imported before keeps its own', async () => {
    const desk = await start();
    const before = await desk.importPhoto('before.jpg');
    expect(await filesOn(before.dir)).toEqual([
      '2000.jpg 2000×1000 jpeg', // never enlarged: 2048 px becomes the photo's own 2000
      '1280.jpg 1280×640 jpeg',
      '640.jpg 640×320 jpeg',
      '320.jpg 320×160 jpeg',
    ]);

    await desk.setRenditions({ widths: [1600, 800, 400], quality: 85, webp: true, webpQuality: 75 });
    const after = await desk.importPhoto('after.jpg');
    expect(await filesOn(after.dir)).toEqual([
      '1600.jpg 1600×800 jpeg',
      '1600.webp 1600×800 webp',
      '800.jpg 800×400 jpeg',
      '800.webp 800×400 webp',
      '400.jpg 400×200 jpeg',
      '400.webp 400×200 webp',
    ]);
    expect(after.record.renditions.map((r) => `${r.width}.${r.format}`).sort()).toEqual(
      ['1600.jpeg', '1600.webp', '400.jpeg', '400.webp', '800.jpeg', '800.webp'].sort(),
    );

    // The desk's later words are written into the earlier photo's files at its own sizes: the
    // story names those files, so a refresh never renames them.
    await desk.call('photos.update', { draftId: before.draftId, photoId: before.record.id, caption: 'Cần Thơ' });
    await desk.services.photos.whenIdle();
    const refreshed = await sharp(path.join(before.dir, '1280.jpg')).metadata();
    expect(refreshed.xmp?.toString('utf8')).toContain('Cần Thơ');
    expect(await filesOn(before.dir)).toEqual([
      '2000.jpg 2000×1000 jpeg',
      '1280.jpg 1280×640 jpeg',
      '640.jpg 640×320 jpeg',
      '320.jpg 320×160 jpeg',
    ]);
  });

  it('JPEG and WebP quality reach the files: lower quality, smaller files', async () => {
    const desk = await start();
    const sizes = async (quality: number) => {
      await desk.setRenditions({ widths: [1280], quality, webp: true, webpQuality: quality });
      const { dir } = await desk.importPhoto(`q${quality}.jpg`);
      return {
        jpeg: (await stat(path.join(dir, '1280.jpg'))).size,
        webp: (await stat(path.join(dir, '1280.webp'))).size,
      };
    };
    const low = await sizes(40);
    const high = await sizes(95);
    expect(low.jpeg).toBeLessThan(high.jpeg * 0.7);
    expect(low.webp).toBeLessThan(high.webp * 0.7);
  });

  it('refused settings leave the next import as it was', async () => {
    const desk = await start();
    await expect(
      desk.setRenditions({ widths: [1280, 1280], quality: 82, webp: true, webpQuality: 80 }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      field: 'photos.widths',
    });
    const { record } = await desk.importPhoto('same.jpg');
    expect(record.renditions.map((r) => `${r.width}.${r.format}`)).toEqual([
      '2000.jpeg',
      '1280.jpeg',
      '640.jpeg',
      '320.jpeg',
    ]);
  });
});
