import { isSyllable, parseSyllable } from './syllable';
import { spell } from './telex/placement';

/**
 * Folds Vietnamese (and other Latin) text for search: lower case, no diacritics, đ → d, so that
 * "can tho" finds "Cần Thơ", "Cần Thơ" finds "CAN THO", "da nang" finds "Đà Nẵng", and both tone
 * placements ("hoà" / "hòa", "thuỷ" / "thủy") find each other. Spelling variants that are not a
 * tone placement stay apart: "quý" (y) is not "quí" (i).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The distinct search words of a text, folded, in first-seen order. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      foldForSearch(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/** The only nuclei whose tone has two accepted places (open syllables): hoà/hòa, khoẻ/khỏe, thuỷ/thủy. */
const TWO_PLACES = new Set(['oa', 'oe', 'uy']);

/**
 * The text with every tone on its traditional place (hoà → hòa, THUỶ → THỦY), everything else —
 * other marks, case, length, NFC — as it was, so a search that keeps diacritics still treats the
 * two placements as one spelling and its positions still point into the original text. Only a
 * whole Vietnamese syllable moves: "quý" (qu + ý) is left alone, and so is text not in NFC.
 */
export function oneTonePlacement(text: string): string {
  return text.replace(/\p{L}{2,}/gu, (word) => {
    const lower = word.toLowerCase();
    const syllable = parseSyllable(lower);
    if (!syllable?.tone || syllable.coda !== '' || !TWO_PLACES.has(syllable.vowels)) return word;
    if (!isSyllable(syllable, { partial: false })) return word;
    const traditional = spell(syllable, 'old');
    if (traditional.length !== word.length || lower.length !== word.length) return word;
    return [...traditional].map((ch, i) => (word[i] === lower[i] ? ch : ch.toUpperCase())).join('');
  });
}
