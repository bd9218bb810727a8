/**
 * A word list as the desk shares it: a plain UTF-8 text file, one word or name per line, "#"
 * starts a comment, blank lines are skipped. Names of several words ("Cần Thơ") are kept whole in
 * the file and checked word by word, so each of their words is accepted. Entries are kept in NFC
 * and once each (exactly as written: "NSMT" and "nsmt" are two entries, they accept different
 * spellings).
 */

/** The longest entry a list keeps (a name with its title fits; a pasted paragraph does not). */
export const WORD_LIST_ENTRY_MAX_CHARS = 200;
/** A list file larger than this is not a word list (50,000 entries of 40 bytes is 2 MB). */
export const WORD_LIST_FILE_MAX_BYTES = 4 * 1024 * 1024;

/** A line the reader left out, by its number in the file (1-based). */
export interface SkippedLine {
  line: number;
  problem: 'too_long';
}

export interface WordListText {
  /** NFC, trimmed, each once, in the file's order. */
  entries: string[];
  skipped: SkippedLine[];
  /** Lines that repeated an entry already read. */
  duplicates: number;
}

/** Reads a list's text: comments, blank lines and repeats go; over-long lines are reported. */
export function readWordList(text: string): WordListText {
  const seen = new Set<string>();
  const skipped: SkippedLine[] = [];
  let duplicates = 0;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = raw.replace(/#.*$/, '').trim().normalize('NFC');
      if (!line) return;
      if (line.length > WORD_LIST_ENTRY_MAX_CHARS) skipped.push({ line: index + 1, problem: 'too_long' });
      else if (seen.has(line)) duplicates++;
      else seen.add(line);
    });
  return { entries: [...seen], skipped, duplicates };
}

/** The entries of a list's text (see readWordList for what is left out). */
export function parseWordList(text: string): string[] {
  return readWordList(text).entries;
}

/** The list as a file: an optional "# heading" line, then the entries in Vietnamese order, one a line. */
export function formatWordList(words: readonly string[], heading?: string): string {
  const head = heading ? `# ${heading}\n` : '';
  return `${head}${[...words].sort((a, b) => a.localeCompare(b, 'vi')).join('\n')}\n`;
}

export type WordListFileProblem =
  /** Larger than WORD_LIST_FILE_MAX_BYTES. */
  | { code: 'too_big'; bytes: number; maxBytes: number }
  /** Not UTF-8 text: a document, a spreadsheet, an image, or text saved as UTF-16 or a legacy code page. */
  | { code: 'not_text' }
  /** More entries than the list may hold. */
  | { code: 'too_many'; count: number; max: number }
  /** Only comments and blank lines: importing it would empty the list. */
  | { code: 'empty' };

export type WordListFile = ({ ok: true } & WordListText) | { ok: false; problem: WordListFileProblem };

/** A control character other than tab and line ends. */
const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/u;

/**
 * Reads a chosen file's bytes as a word list of at most `maxEntries` entries, or says why it is
 * not one. Checked before anything is saved: a wrong file leaves the list as it was.
 */
export function readWordListFile(bytes: Uint8Array, maxEntries: number): WordListFile {
  const refuse = (problem: WordListFileProblem): WordListFile => ({ ok: false, problem });
  if (bytes.byteLength > WORD_LIST_FILE_MAX_BYTES)
    return refuse({ code: 'too_big', bytes: bytes.byteLength, maxBytes: WORD_LIST_FILE_MAX_BYTES });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: 'not_text' });
  }
  // UTF-8 allows NUL and control bytes; a text list never holds them, binary files nearly always do.
  if (CONTROL.test(text)) return refuse({ code: 'not_text' });
  const read = readWordList(text);
  if (read.entries.length > maxEntries)
    return refuse({ code: 'too_many', count: read.entries.length, max: maxEntries });
  if (read.entries.length === 0) return refuse({ code: 'empty' });
  return { ok: true, ...read };
}

/** `imported` added after `list`'s entries, each once: what "Add to the list" keeps. */
export function mergeWordLists(list: readonly string[], imported: readonly string[]): string[] {
  return [...new Set([...list, ...imported])];
}
