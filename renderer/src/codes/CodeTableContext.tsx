import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/contract/settings';
import { parseCodeTable, type CodeReplacement, type CodeTable } from '../../../shared/text/codeReplacements';
import { call } from '../api';

export interface CodeTableState {
  /** null until settings.get answers (or when it failed). */
  settings: Settings | null;
  table: CodeTable;
}

/** Built through the TSV reader so one bad stored row costs only that row, not the table. */
export function tableOf(entries: readonly CodeReplacement[]): CodeTable {
  const tsv = entries.map((e) => `${e.code}\t${e.replacement}`).join('\n');
  return parseCodeTable(tsv).table;
}

const EMPTY = tableOf([]);
const CodeTableContext = createContext<CodeTableState>({ settings: null, table: EMPTY });

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
    () => ({ settings, table: settings ? tableOf(settings.codeReplacements) : EMPTY }),
    [settings],
  );
  return <CodeTableContext.Provider value={value}>{children}</CodeTableContext.Provider>;
}

export function useCodeTable(): CodeTableState {
  return useContext(CodeTableContext);
}
