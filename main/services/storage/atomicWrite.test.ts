import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeNewFile } from './atomicWrite';
import type { StoreFs } from './fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-storage-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
type Step = 'open' | 'write' | 'sync' | 'rename';

/** Node's fs, except that writing the temp file fails at `step` with `code`. */
function faultyFs(step: Step, code: string): StoreFs {
  return {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const isTemp = String(args[0]).endsWith('.tmp');
      if (isTemp && step === 'open') throw fail(code);
      const handle = await nodeFs.open(...args);
      if (isTemp && step === 'write') handle.writeFile = () => Promise.reject(fail(code));
      if (isTemp && step === 'sync') handle.sync = () => Promise.reject(fail(code));
      return handle;
    },
    rename: (from, to) => (step === 'rename' ? Promise.reject(fail(code)) : nodeFs.rename(from, to)),
  };
}

const contents = [
  { kind: 'text', data: 'Cần Thơ, 15/10 – bản mới', bytes: Buffer.from('Cần Thơ, 15/10 – bản mới', 'utf8') },
  {
    kind: 'bytes',
    data: new Uint8Array([0xff, 0xd8, 0x00, 0xff, 0xd9]),
    bytes: Buffer.from([0xff, 0xd8, 0, 0xff, 0xd9]),
  },
] as const;

describe.each(contents)('writeFileAtomic ($kind)', ({ data, bytes }) => {
  it.each([true, false])('writes a new file, and replaces an old one whole (fsync %s)', async (fsync) => {
    const target = path.join(dir, 'draft.nd');
    await writeFileAtomic(target, data, { fs: nodeFs, fsync });
    expect(await readFile(target)).toEqual(bytes);
    await writeFileAtomic(target, data, { fs: nodeFs, fsync });
    expect(await readFile(target)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['draft.nd']);
    // Drafts and originals are unpublished work: only their owner may read them.
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it.each([
    { step: 'open', code: 'EACCES' },
    { step: 'write', code: 'ENOSPC' },
    { step: 'write', code: 'EROFS' },
    { step: 'sync', code: 'EIO' },
    { step: 'rename', code: 'ENOSPC' },
  ] as const)('a failure at $step ($code) leaves the old file and no temp file', async ({ step, code }) => {
    const target = path.join(dir, 'draft.nd');
    await writeFile(target, 'old');
    await expect(writeFileAtomic(target, data, { fs: faultyFs(step, code), fsync: true })).rejects.toMatchObject({
      code,
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['draft.nd']);
  });
});

describe('writeNewFile', () => {
  it('writes a file that was not there, and never over one that is', async () => {
    const target = path.join(dir, '640.jpg');
    await writeNewFile(target, new Uint8Array([1, 2, 3]), { fs: nodeFs, fsync: true });
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    await expect(writeNewFile(target, 'other', { fs: nodeFs, fsync: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });
});
