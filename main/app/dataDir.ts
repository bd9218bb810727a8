import path from 'node:path';

export interface DataLocation {
  /** Drafts, photos and settings live below it. */
  dataDir: string;
  /** Chromium's profile (userData) when it must move with the data folder; otherwise unchanged. */
  profileDir?: string;
}

const FLAG = '--data-dir=';

/**
 * The data folder: `<userData>/data`, or the folder given by `--data-dir=<path>` (tests, portable
 * use). With the flag, Chromium's profile moves into `<path>/.profile` too: the single-instance
 * lock lives in the profile, so apps started on different data folders don't stop each other.
 */
export function dataLocationFrom(argv: readonly string[], userData: string): DataLocation {
  const flag = argv.findLast((arg) => arg.startsWith(FLAG));
  const given = flag?.slice(FLAG.length);
  if (!given) return { dataDir: path.join(userData, 'data') };
  const dataDir = path.resolve(given);
  return { dataDir, profileDir: path.join(dataDir, '.profile') };
}
