/**
 * Code replacements: short codes that expand while typing in captions and body, e.g.
 * `=nvh=` → "Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ". The table travels as a tab-separated
 * text file, one `code<TAB>replacement` per line. Everything is kept in NFC.
 */

export interface CodeReplacement {
  code: string;
  replacement: string;
}

export interface TableLineError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface CodeTable {
  readonly entries: readonly CodeReplacement[];
  readonly byCode: ReadonlyMap<string, string>;
  /** Every code, longest first, as one pattern (undefined for an empty table). */
  readonly pattern: RegExp | undefined;
}

const MAX_CODE_LENGTH = 32;
const MAX_REPLACEMENT_LENGTH = 2000;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Why a code cannot be used, or undefined when it can. */
export function codeProblem(code: string): string | undefined {
  if (code.length === 0) return 'the code is empty';
  if (/\s/u.test(code)) return `the code "${code}" contains a space`;
  if ([...code].length < 2) return `the code "${code}" is too short (at least 2 characters)`;
  if ([...code].length > MAX_CODE_LENGTH) return `the code "${code}" is longer than ${MAX_CODE_LENGTH} characters`;
  return undefined;
}

function replacementProblem(code: string, replacement: string): string | undefined {
  if (replacement.length === 0) return `"${code}" has no replacement`;
  if (/[\t\r\n]/.test(replacement)) return `the replacement for "${code}" contains a tab or a line break`;
  if (replacement.length > MAX_REPLACEMENT_LENGTH)
    return `the replacement for "${code}" is longer than ${MAX_REPLACEMENT_LENGTH} characters`;
  return undefined;
}

/** Builds a table; throws on an invalid or repeated code (use parseCodeTable for files). */
export function codeTable(entries: readonly CodeReplacement[]): CodeTable {
  const normalised = entries.map((e) => ({
    code: e.code.normalize('NFC'),
    replacement: e.replacement.normalize('NFC'),
  }));
  const byCode = new Map<string, string>();
  for (const { code, replacement } of normalised) {
    const problem = codeProblem(code) ?? replacementProblem(code, replacement);
    if (problem) throw new RangeError(problem);
    if (byCode.has(code)) throw new RangeError(`"${code}" is in the table twice`);
    byCode.set(code, replacement);
  }
  const codes = [...byCode.keys()].sort((a, b) => b.length - a.length);
  const pattern = codes.length > 0 ? new RegExp(codes.map(escapeRegExp).join('|'), 'gu') : undefined;
  return { entries: normalised, byCode, pattern };
}

/**
 * Reads a TSV table. Good lines are kept, each bad one gets its own error, so an import can show
 * "line 7: …" and still take the rest. Blank lines, `#` comments and a `code<TAB>replacement`
 * header are skipped; a BOM and Windows line endings are fine.
 */
export function parseCodeTable(tsv: string): { table: CodeTable; errors: TableLineError[] } {
  const entries: CodeReplacement[] = [];
  const errors: TableLineError[] = [];
  const firstLine = new Map<string, number>();
  const lines = tsv
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const columns = raw.split('\t');
    if (line === 1 && /^(code|mã)$/i.test(columns[0].trim())) return;
    const fail = (message: string) => errors.push({ line, message: `line ${line}: ${message}` });
    if (columns.length < 2) return fail(`no tab between the code and its replacement ("${raw.trim().slice(0, 40)}")`);
    if (columns.length > 2) return fail('more than two columns (a tab inside the replacement?)');
    const code = columns[0].trim();
    const replacement = columns[1].trim();
    const problem = codeProblem(code) ?? replacementProblem(code, replacement);
    if (problem) return fail(problem);
    const earlier = firstLine.get(code);
    if (earlier !== undefined) return fail(`"${code}" is already defined on line ${earlier}`);
    firstLine.set(code, line);
    entries.push({ code, replacement });
  });
  return { table: codeTable(entries), errors };
}

/** Writes the table as TSV, one `code<TAB>replacement` a line, in the table's order. */
export function serialiseCodeTable(table: CodeTable): string {
  return table.entries.map((e) => `${e.code}\t${e.replacement}\n`).join('');
}

/**
 * A code counts only as a whole token: not glued to a letter or digit on either side, so the
 * code `tp` never changes "http". Codes are matched exactly (case-sensitive), longest first.
 */
export function expand(text: string, table: CodeTable): string {
  const source = text.normalize('NFC');
  if (!table.pattern) return source;
  return source.replace(table.pattern, (code, offset: number) => {
    const before = source[offset - 1];
    const after = source[offset + code.length];
    return isWordChar(before) || isWordChar(after) ? code : (table.byCode.get(code) ?? code);
  });
}

/**
 * While typing: the code that ends exactly at `caret`, if the character just typed completed one
 * (the editor replaces [start, caret) with `replacement`). `caret` is a UTF-16 offset.
 */
export function codeEndingAt(
  text: string,
  caret: number,
  table: CodeTable,
): { start: number; replacement: string } | undefined {
  for (const code of [...table.byCode.keys()].sort((a, b) => b.length - a.length)) {
    const start = caret - code.length;
    if (start < 0 || text.slice(start, caret).normalize('NFC') !== code) continue;
    if (isWordChar(text[start - 1]) || isWordChar(text[caret])) continue;
    return { start, replacement: table.byCode.get(code)! };
  }
  return undefined;
}
