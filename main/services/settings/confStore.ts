import Conf from 'conf';
import type { SettingsStore } from './SettingsService';

/** The web host's settings: `<data folder>/settings.json`, the file electron-store writes too. */
export function confSettingsStore(dataDir: string): SettingsStore {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings' });
}
