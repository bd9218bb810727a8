import Store from 'electron-store';
import type { SettingsStore } from '../services/settings/SettingsService';

/** Settings in `<data folder>/settings.json`: the same file the web host's conf store uses. */
export function electronSettingsStore(dataDir: string): SettingsStore {
  return new Store<Record<string, unknown>>({ cwd: dataDir, name: 'settings' });
}
