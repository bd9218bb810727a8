import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsdesk, type Newsdesk } from '../../main/compose';
import type { StoreFs } from '../../main/services/storage';

/** As root on Linux the test mounts a real 512 KiB tmpfs; elsewhere it injects ENOSPC/EROFS. */
const canMount = process.platform === 'linux' && process.getuid?.() === 0;

function faultyFs(): StoreFs & { fail: string | null } {
  const fs = {
    ...nodeFs,
    fail: null as string | null,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const code = fs.fail;
      if (code && args[1] === 'w') {
        handle.writeFile = async () => {
          throw Object.assign(new Error(`${code}: injected`), { code });
        };
      }
      return handle;
    },
  };
  return fs;
}

const modes = canMount ? (['tmpfs', 'injected'] as const) : (['injected'] as const);

describe.each(modes)('a save that cannot be written (%s)', (mode) => {
  const real = mode === 'tmpfs';
  let dir: string;
  let mountPoint: string;
  let services: Newsdesk;
  let injected: ReturnType<typeof faultyFs> | undefined;
  let id: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-full-'));
    mountPoint = path.join(dir, 'disk');
    await nodeFs.mkdir(mountPoint);
    if (real) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint]);
    else injected = faultyFs();
    services = await createNewsdesk({ dataDir: mountPoint, fs: injected });
    id = (await services.drafts.create()).id;
  });
  afterAll(async () => {
    if (real) execFileSync('umount', ['-l', mountPoint]);
    await rm(dir, { recursive: true, force: true });
  });

  const save = (bodyText: string) =>
    services.dispatcher.dispatch('drafts.save', { id, headline: 'Cần Thơ', body: null, bodyText });
  const latest = () => readFile(path.join(mountPoint, 'drafts', id, 'draft.nd'));

  it('fails with a visible reason when the disk is full and keeps the last good version', async () => {
    expect(await save('bản tốt')).toMatchObject({ ok: true });
    const good = await latest();
    if (injected) injected.fail = 'ENOSPC';
    // ~825 KB (600,000 characters, under the story text cap): more than the disk holds
    const result = await save('rất dài '.repeat(75_000));
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed', reason: 'disk_full' } });
    expect(result.ok ? '' : result.error.message).toMatch(/Not saved: the disk is full/);
    expect(await latest()).toEqual(good);
    expect((await readdir(path.join(mountPoint, 'drafts', id))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const reopened = await services.dispatcher.dispatch('drafts.get', { id });
    expect(reopened).toMatchObject({ ok: true, data: { draft: { bodyText: 'bản tốt' } } });
    // Space is back once the failed temp file is gone: the next save goes through.
    if (injected) injected.fail = null;
    expect(await save('bản tốt hơn')).toMatchObject({ ok: true });
  });

  it('fails with a visible reason on a read-only disk and keeps the last good version', async () => {
    const good = await latest();
    if (real) execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    else injected!.fail = 'EROFS';
    const result = await save('không ghi được');
    if (real) execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    else injected!.fail = null;
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed', reason: 'read_only' } });
    expect(await latest()).toEqual(good);
  });
});
