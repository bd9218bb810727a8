import { codeProblem, type CodeReplacement, type TableLineError } from '../../../shared/text/codeReplacements';

/** A row being edited: `key` keeps React's identity while the code itself changes. */
export interface CodeRow extends CodeReplacement {
  key: string;
}

export type RowProblem = 'code' | 'replacement' | 'duplicate' | undefined;

/** What is wrong with a row, so the table can mark it (and not save until it is fixed). */
export function rowProblems(rows: readonly CodeRow[]): RowProblem[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const code = row.code.trim().normalize('NFC');
    if (codeProblem(code)) return 'code';
    if (row.replacement.trim() === '' || /[\t\r\n]/.test(row.replacement)) return 'replacement';
    if (seen.has(code)) return 'duplicate';
    seen.add(code);
    return undefined;
  });
}

/** The rows as settings store them: trimmed, NFC. */
export function entriesOf(rows: readonly CodeRow[]): CodeReplacement[] {
  return rows.map((r) => ({
    code: r.code.trim().normalize('NFC'),
    replacement: r.replacement.trim().normalize('NFC'),
  }));
}

/** An imported table merged in: an imported code replaces the row with the same code, new ones go last. */
export function mergeImported(
  rows: readonly CodeRow[],
  imported: readonly CodeReplacement[],
  newKey: () => string,
): CodeRow[] {
  const next = rows.map((r) => ({ ...r }));
  for (const entry of imported) {
    const existing = next.find((r) => r.code.trim() === entry.code);
    if (existing) existing.replacement = entry.replacement;
    else next.push({ key: newKey(), ...entry });
  }
  return next;
}

/** "dòng 7: …" in Vietnamese; the parser writes English ("line 7: …"). */
export function lineErrorText(error: TableLineError, lineWord: string): string {
  return error.message.replace(/^line \d+/, `${lineWord} ${error.line}`);
}
