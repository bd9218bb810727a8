import { isVietnameseSyllable } from '../syllable';
import { VIETNAMESE_LETTERS } from '../vietnameseLetters';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFinding {
  encoding: LegacyEncoding;
  /** Words that read as Vietnamese only once converted ("Tæng" → "Tổng"). */
  words: number;
}

/**
 * The encoding a font implies: `.VnTime`, `.VnArial`… are TCVN3 (a name ending in H — `.VnTimeH` —
 * is its all-caps twin); `VNI-Times`, `VNI-Helve`… are VNI. Null for any other font.
 */
export function legacyFont(family: string): { encoding: LegacyEncoding; caps: boolean } | null {
  const name = family
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', caps: name.endsWith('H') };
  if (/^vni[-_ ]/i.test(name)) return { encoding: 'vni', caps: false };
  return null;
}

/** Letters only Unicode Vietnamese text has: a legacy document cannot hold them. */
const UNICODE_ONLY = new Set(VIETNAMESE_LETTERS.filter((letter) => letter.charCodeAt(0) > 0xff));
/** Whether text holds a letter only Unicode has (ư, ạ, ế…): then it is not, or not all, legacy. */
export function hasUnicodeOnlyLetters(text: string): boolean {
  return [...text].some((ch) => UNICODE_ONLY.has(ch));
}

/** Signs around a word, but not the Latin-1 signs TCVN3 uses as letters (¸ µ ¨ © ª « ¬ ­ ®…). */
const EDGES = /^[\s"'()[\]{}.,;:!?…‘’“”–—/-]+|[\s"'()[\]{}.,;:!?…‘’“”–—/-]+$/g;

const DECODERS: Record<LegacyEncoding, (word: string) => string> = {
  tcvn3: (word) => decodeTcvn3(word, { caps: false }),
  vni: decodeVni,
};

const readsVietnamese = (word: string) => word.split('-').every((part) => part !== '' && isVietnameseSyllable(part));

/**
 * Whether text is TCVN3 or VNI shown as Windows-1252 ("Tæng BÝ th­", "Toång Bí thö"), and which.
 * A word counts for an encoding when it is not Vietnamese as it stands and is once converted; it
 * counts against when it is Vietnamese as it stands and stops being so. Any letter only Unicode has
 * (ư, ạ, ế…) counts against both, so ordinary Vietnamese and English text is never flagged.
 */
export function detectLegacy(text: string): LegacyFinding | null {
  const score = { tcvn3: { for: 0, against: 0 }, vni: { for: 0, against: 0 } };
  let unicodeWords = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(EDGES, '');
    if ([...word].some((ch) => UNICODE_ONLY.has(ch))) {
      unicodeWords++;
      continue;
    }
    if (!/[\u00a1-\u00ff]/.test(word)) continue; // ASCII reads the same in every encoding
    const asIs = readsVietnamese(word);
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const converted = DECODERS[encoding](word);
      if (converted === word) continue;
      const after = readsVietnamese(converted);
      if (after && !asIs) score[encoding].for++;
      else if (asIs && !after) score[encoding].against++;
    }
  }
  const best: LegacyEncoding = score.vni.for > score.tcvn3.for ? 'vni' : 'tcvn3';
  const { for: words, against } = score[best];
  return words > 0 && words > 2 * (against + unicodeWords) ? { encoding: best, words } : null;
}
