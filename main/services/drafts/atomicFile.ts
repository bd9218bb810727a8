import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file system the store writes through: node's, or a test's that injects faults. */
export type StoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'readFile' | 'readdir' | 'mkdir' | 'stat'>;
export const realFs: StoreFs = nodeFs;

export interface WriteOptions {
  fs: StoreFs;
  /** false only in benchmarks that measure everything but the wait for the disk. */
  fsync: boolean;
}

export const isTempFile = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Writes a file so that a crash leaves either the old or the new content, never a mix:
 * temp file in the same folder, fsync, rename over the target, fsync the folder(s).
 * On failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: string, options: WriteOptions): Promise<void> {
  const { fs } = options;
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      if (options.fsync) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.fsync) await syncDirectory(fs, dir);
}

export async function syncDirectory(fs: StoreFs, dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
