import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { syncDirectory, type StoreFs } from '../drafts/atomicFile';

/** Writes bytes to a new file; durable when `fsync`. */
export async function writeBytes(fs: StoreFs, target: string, data: Uint8Array, fsync: boolean): Promise<void> {
  const handle = await fs.open(target, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    if (fsync) await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A temp name in the target's folder that the drafts store's `isTempFile` also recognises. */
export const tempNameFor = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Binary twin of drafts/atomicFile's writeFileAtomic (which takes text): temp file, fsync,
 * rename, fsync the folder. A crash leaves the old file or the new one, never a part.
 */
export async function writeBytesAtomic(fs: StoreFs, target: string, data: Uint8Array, fsync: boolean): Promise<void> {
  const temp = tempNameFor(target);
  try {
    await writeBytes(fs, temp, data, fsync);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (fsync) await syncDirectory(fs, path.dirname(target));
}

export async function exists(fs: StoreFs, target: string): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
