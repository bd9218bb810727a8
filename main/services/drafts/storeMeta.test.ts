import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFs } from '../storage';
import { checkStoreFormat, lockDataFolder, STORE_FORMAT, StoreRefusedError } from './storeMeta';

describe('a data folder Newsdesk refuses to open says why as a start-up code + detail', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-meta-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('written by a newer Newsdesk', async () => {
    await writeFile(path.join(dir, 'newsdesk-store.json'), JSON.stringify({ format: STORE_FORMAT + 1 }));
    const error = await checkStoreFormat(dir, realFs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreRefusedError);
    expect((error as StoreRefusedError).startup).toEqual({
      code: 'store_newer',
      detail: { folder: dir, format: STORE_FORMAT + 1, supportedFormat: STORE_FORMAT },
    });
  });

  it('open in another running Newsdesk', async () => {
    // The parent of this test process is alive and is not this process.
    await writeFile(path.join(dir, 'newsdesk.lock'), JSON.stringify({ pid: process.ppid }));
    const error = await lockDataFolder(dir, realFs).catch((e: unknown) => e);
    expect((error as StoreRefusedError).startup).toEqual({
      code: 'store_in_use',
      detail: { folder: dir, pid: process.ppid },
    });
  });
});

describe('a damaged newsdesk-store.json does not stop start-up', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-meta-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const META = 'newsdesk-store.json';
  const damaged: [string, Buffer][] = [
    ['random bytes', randomBytes(64)],
    ['zeros', Buffer.alloc(64)],
    ['empty', Buffer.alloc(0)],
    ['cut short', Buffer.from('{"form')],
    ['not a format', Buffer.from('{"format":"one"}')],
  ];

  it.each(damaged)('%s: rebuilt, the damaged file kept aside, and a note says so', async (_name, bytes) => {
    await writeFile(path.join(dir, META), bytes);
    const now = new Date('2026-11-30T11:00:00.000Z');
    const notes = await checkStoreFormat(dir, realFs, now);
    const keptAs = `${META}.damaged-2026-11-30T11-00-00-000Z`;
    expect(notes).toEqual([{ code: 'meta_rebuilt', detail: { keptAs } }]);
    expect(await readFile(path.join(dir, keptAs))).toEqual(bytes);
    expect(JSON.parse(await readFile(path.join(dir, META), 'utf8'))).toEqual({ format: STORE_FORMAT });
    expect(JSON.parse(await readFile(path.join(dir, `${META}.bak`), 'utf8'))).toEqual({ format: STORE_FORMAT });
  });

  it('restored from the kept copy when there is one', async () => {
    expect(await checkStoreFormat(dir, realFs)).toEqual([]);
    await writeFile(path.join(dir, META), Buffer.alloc(16));
    const notes = await checkStoreFormat(dir, realFs);
    expect(notes.map((n) => n.code)).toEqual(['meta_restored']);
    expect(JSON.parse(await readFile(path.join(dir, META), 'utf8'))).toEqual({ format: STORE_FORMAT });
  });

  it('a damaged file whose kept copy says newer still refuses: the copy is the truth', async () => {
    await writeFile(path.join(dir, `${META}.bak`), JSON.stringify({ format: STORE_FORMAT + 1 }));
    await writeFile(path.join(dir, META), '');
    const error = await checkStoreFormat(dir, realFs).catch((e: unknown) => e);
    expect((error as StoreRefusedError).startup.code).toBe('store_newer');
    expect(await readFile(path.join(dir, META), 'utf8')).toBe('');
  });
});
