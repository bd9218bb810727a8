import path from 'node:path';
import type { StoreFs } from './fs';
import { tempNameFor } from './tempName';

export interface WriteOptions {
  fs: StoreFs;
  /** false only in benchmarks and for files that can be made again (the command line's output). */
  fsync: boolean;
}

/** Text is written as UTF-8; bytes as they are. */
export type FileContent = string | Uint8Array;

/**
 * Writes a file so that a crash leaves either the old or the new content, never a mix:
 * temp file in the same folder, fsync, rename over the target, fsync the folder. On failure
 * the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: FileContent, options: WriteOptions): Promise<void> {
  const { fs } = options;
  const temp = tempNameFor(target);
  try {
    // 'w' on a name no one else can have: the random part makes it ours alone.
    await writeThrough(fs, temp, 'w', data, options.fsync);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // Without this the rename itself may be lost with the power, leaving the old file.
  if (options.fsync) await syncDirectory(fs, path.dirname(target));
}

/**
 * Writes a file that must not exist yet ('wx'), for files inside a staging folder that is
 * itself renamed into place: the folder's rename is the atomic step, so each file needs no temp.
 */
export function writeNewFile(target: string, data: FileContent, options: WriteOptions): Promise<void> {
  return writeThrough(options.fs, target, 'wx', data, options.fsync);
}

/** Makes the entries of a folder (a rename, a new file) durable. */
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

async function writeThrough(fs: StoreFs, file: string, flags: 'w' | 'wx', data: FileContent, fsync: boolean) {
  // Only this user reads a newsroom's drafts and photos before they are published.
  const handle = await fs.open(file, flags, 0o600);
  try {
    await handle.writeFile(data);
    if (fsync) await handle.sync();
  } finally {
    await handle.close();
  }
}
