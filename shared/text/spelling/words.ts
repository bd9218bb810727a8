/**
 * The words of a text with where they sit, for the spellchecker. A word is a run of letters (and
 * their combining marks), with an apostrophe inside for English ("don't"). Hyphens, digits and
 * punctuation split words: "Bà Rịa-Vũng Tàu" is four syllables, "COVID-19" is "COVID" and no more.
 * Runs that hold a digit ("G7", "5G") and web addresses are left alone: nobody spells them.
 */
export interface WordAt {
  word: string;
  /** UTF-16 offset in the text, as DOM Ranges count. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;

export function wordsOf(text: string): WordAt[] {
  const skipped: Array<[number, number]> = [];
  for (const match of text.matchAll(ADDRESS)) skipped.push([match.index, match.index + match[0].length]);
  const words: WordAt[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (HAS_DIGIT.test(match[0])) continue;
    if (skipped.some(([from, to]) => start >= from && end <= to)) continue;
    words.push({ word: match[0], start, end });
  }
  return words;
}
