import { chmodSync } from 'node:fs';
import Conf from 'conf';
import type { SettingsStore } from './SettingsService';

/** Private like every other file in the data folder: only the reporter's account reads it. */
export const SETTINGS_FILE_MODE = 0o600;

/** The web host's settings: `<data folder>/settings.json`, the file electron-store writes too. */
export function confSettingsStore(dataDir: string): SettingsStore {
  const store = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    configFileMode: SETTINGS_FILE_MODE,
  });
  // A file written by an earlier version (0644) is made private too, not only the next write.
  try {
    chmodSync(store.path, SETTINGS_FILE_MODE);
  } catch {
    // Not written yet: conf creates it with the mode above.
  }
  return store;
}
