import { readdir, utimes, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoImportResult, PhotoRecord } from '../../shared/article/photo';
import type { ApiResult, EventName } from '../../shared/contract';
import { createNewsdesk, type Newsdesk } from '../../main/compose';
import { memorySettingsStore } from '../../main/services/settings/memoryStore';
import { makeJpeg, tempDir } from '../support/photos';

/*
 * The photo operations through the real dispatcher, the real pipeline and a real data folder,
 * on photos made here with sharp (small, so the whole file runs in a few seconds).
 */

let scratch: Awaited<ReturnType<typeof tempDir>>;
let photoA: Uint8Array;
let photoB: Uint8Array;
let photoC: Uint8Array;
beforeAll(async () => {
  scratch = await tempDir('newsdesk-desk-');
  const bytes = async (p: Parameters<typeof makeJpeg>[0]) => new Uint8Array(await makeJpeg(p));
  [photoA, photoB, photoC] = await Promise.all([
    bytes({ width: 400, height: 300 }),
    bytes({ width: 300, height: 400, orientation: 6 }),
    bytes({ width: 360, height: 240, gps: true }),
  ]);
});
afterAll(() => scratch.remove());

let n = 0;
let open: Newsdesk[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

async function start(dataDir = path.join(scratch.dir, `data-${++n}`), store = memorySettingsStore()) {
  const services = await createNewsdesk({ dataDir, settingsStore: store, photoOptions: { concurrency: 1 } });
  open.push(services);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test inspection of contract-checked payloads
  const events: { event: EventName; payload: any }[] = [];
  services.bus.subscribe((event, payload) => events.push({ event, payload }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes are checked by the dispatcher
  const call = async <T = any>(operation: string, payload: unknown): Promise<T> => {
    const result = (await services.dispatcher.dispatch(operation, payload)) as ApiResult<T>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data;
  };
  const draftId = (await call<{ draft: { id: string } }>('drafts.create', {})).draft.id;
  const stage = async (name: string, data: Uint8Array) =>
    (await call<{ stagedId: string }>('photos.stage', { draftId, name, data })).stagedId;
  return { services, events, call, draftId, stage, dataDir };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const of = (events: { event: string; payload: any }[], name: string) =>
  events.filter((e) => e.event === name).map((e) => e.payload);

describe('photo desk through the API', () => {
  it('stage → import → progress in order → list → update → updateMany, with changed events', async () => {
    const { services, call, draftId, stage, events, dataDir } = await start();
    const files = [
      { stagedId: await stage('Cần Thơ 1.jpg'.normalize('NFD'), photoA), name: 'Cần Thơ 1.jpg' },
      { stagedId: await stage('b.jpg', photoB), name: 'b.jpg' },
      { stagedId: await stage('c.jpg', photoC), name: 'c.jpg' },
    ];
    expect(await readdir(path.join(dataDir, 'incoming'))).toHaveLength(3);
    const { results } = await call<{ results: PhotoImportResult[] }>('photos.import', {
      draftId,
      batchId: 'batch-0001',
      files,
    });
    expect(results.map((r) => [r.ok, r.source])).toEqual([
      [true, 'Cần Thơ 1.jpg'],
      [true, 'b.jpg'],
      [true, 'c.jpg'],
    ]);
    const progress = of(events, 'photos.progress');
    expect(progress.map((p) => `${p.done}/${p.total} ${p.failed} ${p.result.source}`)).toEqual([
      '1/3 0 Cần Thơ 1.jpg',
      '2/3 0 b.jpg',
      '3/3 0 c.jpg',
    ]);
    expect(progress.every((p) => p.draftId === draftId && p.batchId === 'batch-0001')).toBe(true);
    expect(of(events, 'photos.changed')).toHaveLength(3);
    expect(await readdir(path.join(dataDir, 'incoming'))).toEqual([]);

    const { photos } = await call<{ photos: PhotoRecord[] }>('photos.list', { draftId });
    expect(photos.map((p) => p.name).sort()).toEqual(['Cần Thơ 1.jpg', 'b.jpg', 'c.jpg']);
    const b = photos.find((p) => p.name === 'b.jpg')!;
    expect([b.width, b.height, b.copyright]).toEqual([400, 300, '']);

    events.length = 0;
    const caption = 'Người dân Cần Thơ'.normalize('NFD');
    const { photo } = await call<{ photo: PhotoRecord }>('photos.update', {
      draftId,
      photoId: b.id,
      caption,
      altText: 'Chợ nổi',
      keepGps: true,
    });
    expect(photo).toMatchObject({
      caption: caption.normalize('NFC'),
      altText: 'Chợ nổi',
      keepGps: true,
      credit: b.credit,
      renditions: b.renditions,
    });
    expect(of(events, 'photos.changed')).toEqual([{ draftId, photo }]);

    events.length = 0;
    const ids = photos.map((p) => p.id);
    const many = await call<{ photos: PhotoRecord[] }>('photos.updateMany', {
      draftId,
      photoIds: ids,
      credit: 'TTXVN',
      copyright: '© Báo Cần Thơ',
    });
    expect(many.photos.map((p) => [p.credit, p.copyright])).toEqual(ids.map(() => ['TTXVN', '© Báo Cần Thơ']));
    expect(of(events, 'photos.changed')).toHaveLength(3);
    const listed = (await call<{ photos: PhotoRecord[] }>('photos.list', { draftId })).photos;
    expect(listed.find((p) => p.id === b.id)).toMatchObject({
      caption: caption.normalize('NFC'),
      credit: 'TTXVN',
      copyright: '© Báo Cần Thơ',
    });

    await expect(call('photos.update', { draftId, photoId: 'f'.repeat(64), caption: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      call('photos.updateMany', { draftId, photoIds: [ids[0], 'f'.repeat(64)], credit: 'Y' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(
      (await call<{ photos: PhotoRecord[] }>('photos.list', { draftId })).photos.every((p) => p.credit === 'TTXVN'),
    ).toBe(true);

    // The renditions follow in the background; each photo is announced again once its files carry the change.
    events.length = 0;
    await services.photos.whenIdle();
    const refreshed = of(events, 'photos.changed') as { draftId: string; photo: PhotoRecord }[];
    expect([...new Set(refreshed.map((e) => e.photo.id))].sort()).toEqual([...ids].sort());
    expect(refreshed.filter((e) => e.photo.id === b.id).at(-1)).toMatchObject({
      draftId,
      photo: { credit: 'TTXVN', keepGps: true },
    });
  });

  it('a bad staged file and an unknown staged id fail on their own; the others import', async () => {
    const { call, draftId, stage, events } = await start();
    const files = [
      { stagedId: await stage('a.jpg', photoA), name: 'a.jpg' },
      {
        stagedId: await stage('notes.jpg', new TextEncoder().encode('not a photo, just notes')),
        name: 'notes.jpg',
      },
      { stagedId: '00000000-0000-4000-8000-000000000000', name: 'gone.jpg' },
      { stagedId: await stage('b.jpg', photoB), name: 'b.jpg' },
    ];
    const { results } = await call<{ results: PhotoImportResult[] }>('photos.import', {
      draftId,
      batchId: 'batch-0002',
      files,
    });
    expect(results.map((r) => (r.ok ? `ok ${r.source}` : `${r.error.code} ${r.error.message}`))).toEqual([
      'ok a.jpg',
      expect.stringMatching(/^not_an_image notes\.jpg: this is not a photo/),
      'unreadable gone.jpg: the file is no longer waiting to be imported — add it again',
      'ok b.jpg',
    ]);
    const progress = of(events, 'photos.progress');
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.at(-1)).toMatchObject({ total: 4, failed: 2 });
    expect((await call<{ photos: PhotoRecord[] }>('photos.list', { draftId })).photos).toHaveLength(2);
  });

  it('cancel mid-batch keeps the finished photos and skips the rest', async () => {
    const { services, call, draftId, stage } = await start();
    const files = [
      { stagedId: await stage('a.jpg', photoA), name: 'a.jpg' },
      { stagedId: await stage('b.jpg', photoB), name: 'b.jpg' },
      { stagedId: await stage('c.jpg', photoC), name: 'c.jpg' },
    ];
    services.bus.subscribe((event) => {
      if (event === 'photos.progress') void services.dispatcher.dispatch('photos.cancel', { batchId: 'batch-0003' });
    });
    const { results } = await call<{ results: PhotoImportResult[] }>('photos.import', {
      draftId,
      batchId: 'batch-0003',
      files,
    });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'cancelled', 'cancelled']);
    expect(results[1]).toMatchObject({ source: 'b.jpg', error: { message: 'b.jpg: import cancelled' } });
    expect((await call<{ photos: PhotoRecord[] }>('photos.list', { draftId })).photos.map((p) => p.name)).toEqual([
      'a.jpg',
    ]);
    expect(await call('photos.cancel', { batchId: 'no-such-batch' })).toEqual({});
  });

  it('refuses data that is not bytes (base64 text included), naming data, and drafts that do not exist', async () => {
    const { services, draftId, call } = await start();
    for (const data of ['/9j/4AAQSkZJRg==', [255, 216, 255], undefined]) {
      const bad = await services.dispatcher.dispatch('photos.stage', { draftId, name: 'a.jpg', data });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request', field: 'data' } });
    }
    const missing = '00000000-0000-4000-8000-00000000abcd';
    await expect(call('photos.list', { draftId: missing })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('photos.stage', { draftId: missing, name: 'a.jpg', data: photoA })).rejects.toMatchObject({
      code: 'not_found',
    });
    await call('drafts.trash', { id: draftId });
    await expect(call('photos.list', { draftId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('settings feed the next import; they persist; app.info gives the media base', async () => {
    const store = memorySettingsStore();
    const first = await start(undefined, store);
    expect(await first.call('app.info', {})).toEqual({ mediaBase: './media/' });
    const { settings } = await first.call('settings.update', {
      photos: { widths: [300, 100], quality: 70, webp: true },
      outletTag: 'CT',
    });
    expect(settings).toMatchObject({ outletTag: 'CT', language: null, photos: { widths: [300, 100] } });
    expect(of(first.events, 'settings.changed')).toEqual([{ settings }]);
    const { results } = await first.call<{ results: PhotoImportResult[] }>('photos.import', {
      draftId: first.draftId,
      batchId: 'batch-0004',
      files: [{ stagedId: await first.stage('a.jpg', photoA), name: 'a.jpg' }],
    });
    const record = results[0].ok ? results[0].record : null;
    expect(record?.renditions.map((r) => `${r.width}.${r.format}`).sort()).toEqual([
      '100.jpeg',
      '100.webp',
      '300.jpeg',
      '300.webp',
    ]);
    await first.services.close();
    open = open.filter((s) => s !== first.services);
    const second = await start(first.dataDir, store);
    expect((await second.call('settings.get', {})).settings).toEqual(settings);
  });

  it('settings persist in <data folder>/settings.json by default (conf)', async () => {
    const dataDir = path.join(scratch.dir, 'conf-data');
    const a = await createNewsdesk({ dataDir });
    await a.dispatcher.dispatch('settings.update', { language: 'vi' });
    await a.close();
    const b = await createNewsdesk({ dataDir, mediaBase: 'newsdesk-media://media/' });
    open.push(b);
    expect(await b.dispatcher.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      data: { settings: { language: 'vi', outletTag: 'NSMT' } },
    });
    expect(await b.dispatcher.dispatch('app.info', {})).toEqual({
      ok: true,
      data: { mediaBase: 'newsdesk-media://media/' },
    });
    expect(await readdir(dataDir)).toContain('settings.json');
  });

  it('removes staged files older than a day at start', async () => {
    const dataDir = path.join(scratch.dir, 'sweep-data');
    const incoming = path.join(dataDir, 'incoming');
    await mkdir(incoming, { recursive: true });
    const old = path.join(incoming, '11111111-1111-4111-8111-111111111111-old.jpg');
    await writeFile(old, 'x');
    await writeFile(path.join(incoming, '22222222-2222-4222-8222-222222222222-new.jpg'), 'y');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    await start(dataDir);
    expect(await readdir(incoming)).toEqual(['22222222-2222-4222-8222-222222222222-new.jpg']);
  });
});
