import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/contract/settings';
import { CodeTableContext, EMPTY_CODE_TABLE, tableOf, type CodeTableState } from '../../ui/codeTable';
import { call } from '../api';

/** Loads the settings once and follows settings.changed, so every field expands the same codes. */
export function CodeTableProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const off = window.newsdesk.settings.onChanged(({ settings: next }) => setSettings(next));
    call(window.newsdesk.settings.get({}))
      .then(({ settings: loaded }) => live && setSettings(loaded))
      .catch((error: unknown) => console.warn('[newsdesk] settings unavailable', error));
    return () => {
      live = false;
      off();
    };
  }, []);
  const value = useMemo<CodeTableState>(
    () => ({ settings, table: settings ? tableOf(settings.codeReplacements) : EMPTY_CODE_TABLE }),
    [settings],
  );
  return <CodeTableContext.Provider value={value}>{children}</CodeTableContext.Provider>;
}
