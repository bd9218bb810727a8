import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
