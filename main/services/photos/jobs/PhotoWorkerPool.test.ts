import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoImportResult, PhotoRecord } from '../../../../shared/article/photo';
import { makeJpeg, tempDir } from '../../../../tests/support/photos';
import { PhotosService } from '../PhotosService';
import { forkLauncher } from './forkLauncher';
import { PhotoWorkerPool, type WorkerChannel } from './PhotoWorkerPool';

/*
 * The photo worker as the web host runs it: a real child process (this entry file through tsx),
 * real sharp, real files. Faults are injected only by killing the process.
 */

const entry = path.join(import.meta.dirname, 'entry.ts');
const clock = { now: () => new Date('2024-10-14T08:30:00.000Z') };
const options = { widths: [1280, 640, 320], concurrency: 1 };

/** A pool whose started workers the test can see (to kill one, or wait for it to end). */
function testPool() {
  const launch = forkLauncher(entry, { execArgv: ['--import', 'tsx'] });
  const started: WorkerChannel[] = [];
  const pool = new PhotoWorkerPool({
    fsync: false,
    idleMs: 50,
    launch: () => {
      const channel = launch();
      started.push(channel);
      return channel;
    },
  });
  return { pool, started };
}

let scratch: Awaited<ReturnType<typeof tempDir>>;
let card: string;
const photos: string[] = [];
beforeAll(async () => {
  scratch = await tempDir('newsdesk-worker-');
  card = path.join(scratch.dir, 'card');
  await mkdir(card);
  // Different sizes make different pictures (each is its own photo, never a duplicate).
  for (let i = 0; i < 12; i++) {
    const file = path.join(card, `photo-${i}.jpg`);
    await writeFile(file, await makeJpeg({ width: 900 + i * 16, height: 600 + i * 8, gps: i % 3 === 0 }));
    photos.push(file);
  }
});
afterAll(() => scratch.remove());

/** Every file below a draft folder with its bytes, records without their import time. */
async function contents(draft: string): Promise<Record<string, string>> {
  const entries = await readdir(draft, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const file = path.join(e.parentPath, e.name);
    const bytes = await readFile(file);
    const rel = path.relative(draft, file);
    if (rel.endsWith('.json')) {
      const { importedAt: _ignored, ...record } = JSON.parse(bytes.toString('utf8')) as PhotoRecord;
      out[rel] = JSON.stringify(record);
    } else out[rel] = bytes.toString('base64');
  }
  return out;
}

const okCount = (results: PhotoImportResult[]) => results.filter((r) => r.ok).length;

describe('photo imports in a worker process', () => {
  it('writes the same files, byte for byte, as an import in this process', async () => {
    const here = path.join(scratch.dir, 'draft-here');
    const there = path.join(scratch.dir, 'draft-worker');
    const batch = photos.slice(0, 4);
    const inProcess = new PhotosService({ clock, fsync: false, options });
    const { pool, started } = testPool();
    const viaWorker = new PhotosService({ clock, fsync: false, options, jobs: pool });

    const a = await inProcess.importInto(here, batch);
    const progress: number[] = [];
    const b = await viaWorker.importInto(there, batch, { onProgress: (p) => progress.push(p.done) });

    expect(okCount(a)).toBe(4);
    expect(okCount(b)).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(b.map((r) => r.ok && r.record.id)).toEqual(a.map((r) => r.ok && r.record.id));
    const [mine, theirs] = [await contents(here), await contents(there)];
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(mine).sort());
    expect(Object.keys(mine).filter((f) => f.endsWith('.jpg')).length).toBeGreaterThan(4 * 3);
    expect(theirs).toEqual(mine);
    // The batch is over: the worker ends and its memory goes back to the system.
    await pool.whenExited();
    expect(started).toHaveLength(1);
    await viaWorker.close();
  });

  it('a worker killed mid-batch fails the unfinished photos clearly; the files stay and a retry imports them', async () => {
    const draft = path.join(scratch.dir, 'draft-killed');
    const { pool, started } = testPool();
    const service = new PhotosService({ clock, fsync: false, options, jobs: pool });
    const seen: PhotoImportResult[] = [];
    const results = await service.importInto(draft, photos, {
      onProgress: ({ done, result }) => {
        seen.push(result);
        if (done === 2) started[0].kill(); // a native decoder crash looks like this to the pool
      },
    });

    expect(results).toHaveLength(photos.length);
    expect(seen).toHaveLength(photos.length); // every photo reported once, the interrupted too
    const interrupted = results.filter((r) => !r.ok && r.error.code === 'interrupted');
    expect(interrupted.length).toBeGreaterThan(0);
    expect(okCount(results) + interrupted.length).toBe(photos.length);
    for (const r of interrupted) {
      expect(!r.ok && r.error.message).toMatch(/^photo-\d+\.jpg: the photo work stopped unexpectedly.*try again$/);
    }
    for (const file of photos) expect(existsSync(file)).toBe(true);
    // Only finished photos have a record: nothing half-made counts as imported.
    expect((await service.list(draft)).length).toBe(okCount(results));

    const retry = await service.importInto(draft, photos);
    expect(okCount(retry)).toBe(photos.length);
    expect(retry.filter((r) => r.ok && !r.duplicate)).toHaveLength(interrupted.length);
    expect(started).toHaveLength(2);
    expect((await service.list(draft)).length).toBe(photos.length);
    await service.close();
  });

  it('the desk’s new caption reaches the renditions through the worker', async () => {
    const draft = path.join(scratch.dir, 'draft-refresh');
    const { pool } = testPool();
    const service = new PhotosService({ clock, fsync: false, options, jobs: pool, refreshDelayMs: 10 });
    const [imported] = await service.importInto(draft, [photos[0]]);
    if (!imported.ok) throw new Error(imported.error.message);
    await service.update(draft, imported.record.id, { caption: 'Mưa lớn ở Cần Thơ' });
    await service.whenIdle();
    const record = await service.record(draft, imported.record.id);
    const largest = await readFile(path.join(draft, 'photos', record!.renditions[0].file));
    expect(largest.toString('utf8')).toContain('Mưa lớn ở Cần Thơ');
    await service.close();
  });
});
