import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * `.draft.nd.3f9a0c1b2d4e.tmp`: hidden, a random hex part, `.tmp`, the shape every Newsdesk version
 * wrote. The length of the random part is not checked (a sweep must not miss a leftover), the rest
 * is, so a file a person saves (`notes.tmp`) is not taken for one.
 */
const TEMP_NAME = /^\..+\.[0-9a-f]+\.tmp$/;

/**
 * A fresh temp name (file or staging folder) for `target`. It sits in the target's own folder so
 * the final rename never crosses disks (a rename within one file system is atomic, a copy is
 * not), and it is recognisable by its name alone, so a start-up sweep can remove whatever a crash
 * left behind without knowing who wrote it.
 */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether a file name (not a path) is one `tempNameFor` gives. */
export const isTempName = (name: string): boolean => TEMP_NAME.test(name);
