import path from 'node:path';
import { z } from 'zod';
import type { StartupError } from '../../../shared/contract';
import { writeFileAtomic, type StoreFs } from '../storage';

/** Version of the data folder's layout. A folder written by a newer Newsdesk is never rewritten. */
export const STORE_FORMAT = 1;
const META = 'newsdesk-store.json';
const LOCK = 'newsdesk.lock';
/** What newsdesk.lock holds: the process that has the folder open, and since when. */
const LockSchema = z.object({ pid: z.number().int().positive(), since: z.string().optional() });

/**
 * The data folder cannot be opened. `startup` (code + detail) is what a dialog or page words in
 * the UI language; the message is English for logs and the terminal.
 */
export class StoreRefusedError extends Error {
  constructor(
    message: string,
    readonly kind: 'newer' | 'in_use',
    readonly startup: StartupError,
  ) {
    super(message);
  }
}

export async function checkStoreFormat(dataDir: string, fs: StoreFs): Promise<void> {
  const file = path.join(dataDir, META);
  let format: unknown;
  try {
    format = (JSON.parse(await fs.readFile(file, 'utf8')) as { format?: unknown }).format;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await writeFileAtomic(file, JSON.stringify({ format: STORE_FORMAT }), { fs, fsync: true });
    return;
  }
  if (typeof format === 'number' && format > STORE_FORMAT) {
    throw new StoreRefusedError(
      `The data folder ${dataDir} was written by a newer version of Newsdesk (format ${format}; this version reads up to ${STORE_FORMAT}). Update Newsdesk to open it; nothing in it was changed.`,
      'newer',
      { code: 'store_newer', detail: { folder: dataDir, format, supportedFormat: STORE_FORMAT } },
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process. Returns true when the previous owner did not shut
 * down cleanly (crash, kill, power loss): the store then checks every draft it finds.
 */
export async function lockDataFolder(dataDir: string, fs: StoreFs): Promise<{ crashed: boolean }> {
  const file = path.join(dataDir, LOCK);
  let crashed = false;
  try {
    const { pid } = LockSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (pid !== process.pid && isAlive(pid)) {
      throw new StoreRefusedError(
        `The data folder ${dataDir} is open in another Newsdesk (process ${pid}). Close it first.`,
        'in_use',
        { code: 'store_in_use', detail: { folder: dataDir, pid } },
      );
    }
    crashed = true;
  } catch (error) {
    if (error instanceof StoreRefusedError) throw error;
    // No lock file (clean shutdown or first run), or one that does not parse as a lock (a crash
    // while writing it): a ZodError or SyntaxError has no errno code.
    crashed = (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  await writeFileAtomic(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), {
    fs,
    fsync: true,
  });
  return { crashed };
}

export async function unlockDataFolder(dataDir: string, fs: StoreFs): Promise<void> {
  await fs.rm(path.join(dataDir, LOCK), { force: true });
}
