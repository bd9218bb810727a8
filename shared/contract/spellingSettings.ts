import { z } from 'zod';
import { WORD_LIST_ENTRY_MAX_CHARS } from '../text/spelling/wordList';

/** How many entries each list holds at most. */
export const SPELLING_LIST_MAX = { personal: 20_000, outlet: 50_000 } as const;
export type SpellingList = keyof typeof SPELLING_LIST_MAX;

const Entry = z.string().min(1).max(WORD_LIST_ENTRY_MAX_CHARS);

/**
 * The words the spellchecker accepts beyond its dictionaries. "personal": what this reporter
 * added ("Add to my dictionary"); "outlet": the desk's shared list (names, places, NSMT, UBND,
 * TTXVN), imported and exported in Settings as a plain text file, one entry a line.
 */
export const SpellingSettingsSchema = z.object({
  /** Off: nothing is checked or underlined anywhere (body, headline, lead, captions). */
  enabled: z.boolean(),
  personal: z.array(Entry).max(SPELLING_LIST_MAX.personal),
  outlet: z.array(Entry).max(SPELLING_LIST_MAX.outlet),
});
export type SpellingSettings = z.infer<typeof SpellingSettingsSchema>;

export const DEFAULT_SPELLING_SETTINGS: SpellingSettings = { enabled: true, personal: [], outlet: [] };

/**
 * Why a list cannot be kept as it is. An entry is one line of the shared file, so it may hold no
 * line break, and no "#" (the file's comment mark: the entry would not come back from an export).
 */
export type SpellingListProblem =
  | { code: 'too_many'; count: number; max: number }
  | { code: 'too_long'; entry: string; max: number }
  | { code: 'line_break'; entry: string }
  | { code: 'comment_mark'; entry: string };

/** Trimmed, NFC, blanks dropped, each entry once in its first place: how a list is stored. */
export function cleanSpellingList(entries: readonly string[]): string[] {
  return [...new Set(entries.map((entry) => entry.trim().normalize('NFC')).filter(Boolean))];
}

const BREAK = /[\r\n\u2028\u2029]/;
const BREAKS = /[\r\n\u2028\u2029]+/g;

/** The first problem of a (clean) list, or undefined when it can be kept. */
export function spellingListProblem(list: SpellingList, entries: readonly string[]): SpellingListProblem | undefined {
  const max = SPELLING_LIST_MAX[list];
  if (entries.length > max) return { code: 'too_many', count: entries.length, max };
  for (const entry of entries) {
    if (entry.length > WORD_LIST_ENTRY_MAX_CHARS)
      return { code: 'too_long', entry: entry.slice(0, 40), max: WORD_LIST_ENTRY_MAX_CHARS };
    // The entry is shown with its break drawn, so the message itself stays one line.
    if (BREAK.test(entry)) return { code: 'line_break', entry: entry.replace(BREAKS, ' ⏎ ') };
    if (entry.includes('#')) return { code: 'comment_mark', entry };
  }
  return undefined;
}
