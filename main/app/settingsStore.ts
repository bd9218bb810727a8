import Store from 'electron-store';
import type { SettingsStore } from '../services/settings/SettingsService';

/** Settings in `<data folder>/settings.json`: the same file the web host's conf store uses. */
export function electronSettingsStore(dataDir: string): SettingsStore {
  // Private like the rest of the data folder (conf's default is 0666 less the umask).
  return new Store<Record<string, unknown>>({ cwd: dataDir, name: 'settings', configFileMode: 0o600 });
}
