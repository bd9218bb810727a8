import { createContext, useContext } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { parseCodeTable, type CodeReplacement, type CodeTable } from '../../shared/text/codeReplacements';

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

export const EMPTY_CODE_TABLE = tableOf([]);

/**
 * The desk's code replacements, for every field and the body editor alike. Here, not beside the
 * provider that loads them (renderer/src/codes), because the editor may not reach into renderer/src.
 */
export const CodeTableContext = createContext<CodeTableState>({ settings: null, table: EMPTY_CODE_TABLE });

export function useCodeTable(): CodeTableState {
  return useContext(CodeTableContext);
}
