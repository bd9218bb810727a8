import type { SettingsStore } from './SettingsService';

/** A settings store in memory, for tests: a Map behind the store interface. */
export function memorySettingsStore(
  entries = new Map<string, unknown>(),
): SettingsStore & { entries: Map<string, unknown> } {
  return {
    entries,
    get: (key) => structuredClone(entries.get(key)),
    set: (key, value) => void entries.set(key, structuredClone(value)),
  };
}
