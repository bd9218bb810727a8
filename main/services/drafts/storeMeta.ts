import path from 'node:path';
import { z } from 'zod';
import type { StartupError, StoreNote } from '../../../shared/contract';
import { writeFileAtomic, type StoreFs } from '../storage';
import { isAlive, judgeLock, LockSchema, processStartOf, type Lock } from './storeLock';

/** Version of the data folder's layout. A folder written by a newer Newsdesk is never rewritten. */
export const STORE_FORMAT = 1;
const META = 'newsdesk-store.json';
const LOCK = 'newsdesk.lock';
/** The copy of newsdesk-store.json kept beside it, to restore it from if it is damaged. */
const META_COPY = `${META}.bak`;
const MetaSchema = z.looseObject({ format: z.number().int().positive() });

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

/** newsdesk-store.json as it reads: its format, or null when the file is there but damaged. */
async function readMeta(file: string, fs: StoreFs): Promise<number | null | 'missing'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = MetaSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.format : null;
  } catch {
    return null;
  }
}

/**
 * Checks the folder's format, refusing a newer one. A damaged newsdesk-store.json (empty, zeros,
 * garbage) does not stop start-up: it is set aside, restored from its kept copy or rebuilt (the
 * folder's layout has one format this version writes), and a note says so.
 */
export async function checkStoreFormat(dataDir: string, fs: StoreFs, now = new Date()): Promise<StoreNote[]> {
  const file = path.join(dataDir, META);
  const notes: StoreNote[] = [];
  let format = await readMeta(file, fs);
  const damaged = format === null;
  if (damaged) {
    const copy = await readMeta(path.join(dataDir, META_COPY), fs);
    format = typeof copy === 'number' ? copy : STORE_FORMAT;
    notes.push({ code: typeof copy === 'number' ? 'meta_restored' : 'meta_rebuilt', detail: {} });
  }
  if (typeof format === 'number' && format > STORE_FORMAT) {
    throw new StoreRefusedError(
      `The data folder ${dataDir} was written by a newer version of Newsdesk (format ${format}; this version reads up to ${STORE_FORMAT}). Update Newsdesk to open it; nothing in it was changed.`,
      'newer',
      { code: 'store_newer', detail: { folder: dataDir, format, supportedFormat: STORE_FORMAT } },
    );
  }
  if (damaged) {
    // Set aside, never deleted: whoever looks into the folder later finds what was there.
    const keptAs = `${META}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(file, path.join(dataDir, keptAs));
    notes[0].detail = { keptAs };
  }
  const text = JSON.stringify({ format: format === 'missing' ? STORE_FORMAT : format });
  const options = { fs, fsync: true };
  if (format === 'missing' || notes.length > 0) await writeFileAtomic(file, text, options);
  if ((await fs.readFile(path.join(dataDir, META_COPY), 'utf8').catch(() => null)) !== text) {
    await writeFileAtomic(path.join(dataDir, META_COPY), text, options);
  }
  return notes;
}

async function readLock(file: string, fs: StoreFs): Promise<Lock | 'none' | 'not_a_lock'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    // Unreadable for another reason than absence: treat it as a crash's leftover and replace it.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'not_a_lock';
  }
  try {
    const parsed = LockSchema.safeParse(JSON.parse(text));
    // A text, missing or negative pid (or a lock cut short while written) is a crash's leftover.
    return parsed.success ? parsed.data : 'not_a_lock';
  } catch {
    return 'not_a_lock';
  }
}

/**
 * Takes the data folder for this process. `crashed` when the previous owner did not shut down
 * cleanly (crash, kill, power loss): the store then checks every draft it finds. A lock whose
 * process number now belongs to another process (reboot, reuse) is stale: taken over, with a note.
 */
export async function lockDataFolder(dataDir: string, fs: StoreFs): Promise<{ crashed: boolean; notes: StoreNote[] }> {
  const file = path.join(dataDir, LOCK);
  const found = await readLock(file, fs);
  const pid = typeof found === 'object' ? found.pid : 0;
  const alive = pid > 0 && pid !== process.pid && isAlive(pid);
  const verdict = judgeLock(found, { ownPid: process.pid, alive, start: alive ? processStartOf(pid) : null });
  if (verdict === 'in_use') {
    throw new StoreRefusedError(
      `The data folder ${dataDir} is open in another Newsdesk (process ${pid}). Close it first.`,
      'in_use',
      { code: 'store_in_use', detail: { folder: dataDir, pid } },
    );
  }
  const own = processStartOf(process.pid);
  const lock: Lock = { pid: process.pid, since: new Date().toISOString(), ...(own ? { start: own.id } : {}) };
  await writeFileAtomic(file, JSON.stringify(lock), { fs, fsync: true });
  return {
    crashed: verdict !== 'free',
    notes: verdict === 'stale' ? [{ code: 'lock_stale', detail: { pid } }] : [],
  };
}

export async function unlockDataFolder(dataDir: string, fs: StoreFs): Promise<void> {
  await fs.rm(path.join(dataDir, LOCK), { force: true });
}
