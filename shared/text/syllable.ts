import { baseOf, splitTone, type Tone } from './vietnameseLetters';

/**
 * A Vietnamese syllable in its parts, lower case: onset consonant(s), the vowel nucleus with its
 * marks but no tone, the final consonant(s), and the tone. "nguyễn" → ng · uyê · n · tilde.
 * "qu" and "gi" count as onsets ("quốc": qu · ô · c; "giữ": gi · ư), as Vietnamese spelling does.
 */
export interface Syllable {
  onset: string;
  vowels: string;
  coda: string;
  tone: Tone | null;
}

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', ...'bcdđghklmnpqrstvx'];
/** Final consonants; "k" for the highland place names (Đắk Lắk, Kon Tum's "Đắk Tô"). */
const CODAS = ['c', 'ch', 'k', 'm', 'n', 'ng', 'nh', 'p', 't'];
/** After these finals only the rising (sắc) and the heavy (nặng) tone are spoken. */
const STOPS = new Set(['c', 'ch', 'k', 'p', 't']);

/** Nuclei that end a syllable ("hoa", "người" → ươi) and nuclei that take a final ("hoàn", "người" → ươ). */
const OPEN = (
  'a e ê i o ô ơ u ư y ai ao au âu ay ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu ' +
  'iêu yêu oai oay oao oeo uây uôi uya uyu ươi ươu'
).split(' ');
const CLOSED = 'a ă â e ê i o ô ơ u ư iê oa oă oe oo uâ uê uô uy ươ yê uyê'.split(' ');
const ALL_NUCLEI = [...new Set([...OPEN, ...CLOSED])];

const VOWEL_LETTERS = new Set([...'aăâeêioôơuưy']);
const isVowel = (ch: string) => VOWEL_LETTERS.has(ch);

/**
 * Splits a lower-case word into a syllable, or null when it cannot be (part of) one: a letter
 * that is not Vietnamese, two tones, consonants where vowels must be.
 */
export function parseSyllable(word: string): Syllable | null {
  let tone: Tone | null = null;
  let bare = '';
  for (const ch of word.normalize('NFC')) {
    const split = splitTone(ch);
    if (split.tone) {
      if (tone) return null;
      tone = split.tone;
    }
    bare += split.letter;
  }
  if (!/^[a-zăâđêôơư]*$/.test(bare)) return null;
  let onset = ONSETS.find((candidate) => bare.startsWith(candidate)) ?? '';
  // "gi" is an onset only before another vowel: "giữ" (gi · ư) but "gìn" (g · i · n).
  if (onset === 'gi' && !isVowel(bare[2] ?? '')) onset = 'g';
  let at = onset.length;
  while (at < bare.length && isVowel(bare[at])) at++;
  const vowels = bare.slice(onset.length, at);
  const coda = bare.slice(at);
  return { onset, vowels, coda, tone };
}

/** A nucleus `typed` fits `nucleus` when every letter is the same, or a plain letter the mark may still come to. */
function fits(typed: string, nucleus: string): boolean {
  if (typed.length > nucleus.length) return false;
  return [...typed].every((ch, i) => ch === nucleus[i] || (ch === baseOf(ch) && ch === baseOf(nucleus[i])));
}

export interface ShapeOptions {
  /** A word still being typed: "tiê" may become "tiếng", "ng" may become "nga". */
  partial: boolean;
}

/** Whether the parts make a Vietnamese syllable (or, partial, the start of one). */
export function isSyllable(s: Syllable, { partial }: ShapeOptions): boolean {
  if (!ONSETS.includes(s.onset) && s.onset !== '') return false;
  if (s.vowels === '') return partial && s.coda === '' && s.tone === null;
  const codaOk = s.coda === '' || (partial ? CODAS.some((c) => c.startsWith(s.coda)) : CODAS.includes(s.coda));
  if (!codaOk) return false;
  if (s.tone && STOPS.has(s.coda) && s.tone !== 'acute' && s.tone !== 'dot') return false;
  // "qu" carries its own u: "quu" is no word, nor "giy".
  if (s.onset === 'qu' && baseOf(s.vowels[0]) === 'u') return false;
  const nuclei = s.coda === '' ? (partial ? ALL_NUCLEI : OPEN) : CLOSED;
  return nuclei.some((nucleus) => (s.coda === '' && partial ? fits(s.vowels, nucleus) : fitsWhole(s.vowels, nucleus)));
}

const fitsWhole = (typed: string, nucleus: string) => typed.length === nucleus.length && fits(typed, nucleus);

/** Whether a whole word reads as one Vietnamese syllable ("Việt", "nguyễn"), case aside. */
export function isVietnameseSyllable(word: string): boolean {
  const parsed = parseSyllable(word.toLowerCase());
  return parsed !== null && isSyllable(parsed, { partial: false });
}
