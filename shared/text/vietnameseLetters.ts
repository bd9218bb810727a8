/**
 * Vietnamese letters taken apart: a base vowel with its own mark (â ă ê ô ơ ư) and one of five
 * tones. Legacy encodings, Telex/VNI typing and syllable checks all work on these parts, never on
 * a table of 134 look-alike characters, so the three cannot disagree about a letter.
 */

/** The five tones, in the order both Telex (s f r x j) and VNI (1 2 3 4 5) number them. */
export const TONES = ['acute', 'grave', 'hook', 'tilde', 'dot'] as const;
export type Tone = (typeof TONES)[number];

/** The combining mark of each tone (NFD). */
export const TONE_MARK: Record<Tone, string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const TONE_OF_MARK = new Map<string, Tone>(TONES.map((tone) => [TONE_MARK[tone], tone]));

/** The twelve vowels as they stand before a tone. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Every lower-case Vietnamese letter outside ASCII: 12 vowels × 5 tones, 6 marked vowels, đ (67). */
export const VIETNAMESE_LOWER: readonly string[] = [
  ...VOWELS.flatMap((vowel) => TONES.map((tone) => withTone(vowel, tone))),
  ...['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'],
];
/** The 134 letters: lower and upper case. */
export const VIETNAMESE_LETTERS: readonly string[] = [
  ...VIETNAMESE_LOWER,
  ...VIETNAMESE_LOWER.map((letter) => letter.toUpperCase()),
];

/** A vowel (lower or upper case, marked or not) with a tone, in NFC. */
export function withTone(vowel: string, tone: Tone | null): string {
  return tone ? `${vowel}${TONE_MARK[tone]}`.normalize('NFC') : vowel;
}

/** A letter split into the letter without its tone and the tone: "ệ" → { letter: "ê", tone: "dot" }. */
export function splitTone(letter: string): { letter: string; tone: Tone | null } {
  let tone: Tone | null = null;
  let rest = '';
  for (const ch of letter.normalize('NFD')) {
    const found = TONE_OF_MARK.get(ch);
    if (found) tone = found;
    else rest += ch;
  }
  return { letter: rest.normalize('NFC'), tone };
}

const PLAIN: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };
/** A lower-case letter without its tone or mark: "ậ" → "a", "đ" → "d". */
export function baseOf(letter: string): string {
  const { letter: marked } = splitTone(letter);
  return PLAIN[marked] ?? marked;
}

/** Whether a character is a letter Vietnamese writes (ASCII or one of the 134). */
export function isVietnameseLetter(ch: string): boolean {
  return /^[a-zA-Z]$/.test(ch) || VIETNAMESE_SET.has(ch);
}
const VIETNAMESE_SET = new Set(VIETNAMESE_LETTERS);
