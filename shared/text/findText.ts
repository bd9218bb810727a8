import { oneTonePlacement } from './fold';

/**
 * Find and replace over the story's text. With `ignoreDiacritics`, "nguyen" finds "Nguyễn" and
 * "Nguyen" (the same folding as search: marks removed, đ → d); without it, the marks must match
 * but the tone may sit on either accepted place ("hoà" finds "hòa"); without `matchCase`, case is
 * ignored. Matches are reported in the original text's positions, so replacing keeps every other
 * character — tone marks included — exactly as it was.
 */
export interface FindOptions {
  ignoreDiacritics: boolean;
  matchCase: boolean;
}
export interface Match {
  start: number;
  end: number;
}

/** The text folded as the options ask, and for each folded unit the original index it came from. */
function fold(text: string, options: FindOptions): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  // oneTonePlacement keeps the length, so positions still point into the original text.
  for (const char of options.ignoreDiacritics ? text : oneTonePlacement(text)) {
    let f = char;
    if (options.ignoreDiacritics)
      f = char
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));
    if (!options.matchCase) f = f.toLowerCase();
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += char.length;
  }
  from.push(text.length);
  return { folded, from };
}

/** Every match of `query` in `text`, left to right, not overlapping. Empty query: none. */
export function findMatches(text: string, query: string, options: FindOptions): Match[] {
  const needle = fold(query.normalize('NFC'), options).folded;
  if (needle === '') return [];
  const { folded, from } = fold(text, options);
  const matches: Match[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const start = from[at]!;
    // The match ends where the next folded unit's character starts: marks the folding removed
    // after the last letter belong to the match; `from` ends with text.length as a sentinel.
    const last = from[at + needle.length - 1]!;
    let k = at + needle.length;
    while (from[k] === last) k++;
    matches.push({ start, end: from[k]! });
  }
  return matches;
}

/** `text` with the first match (or all) replaced; and how many were replaced. */
export function replaceMatches(
  text: string,
  query: string,
  replacement: string,
  options: FindOptions,
  only: 'first' | 'all',
): { text: string; count: number } {
  const found = findMatches(text, query, options);
  const chosen = only === 'first' ? found.slice(0, 1) : found;
  let out = text;
  for (const m of [...chosen].reverse()) out = out.slice(0, m.start) + replacement + out.slice(m.end);
  return { text: out.normalize('NFC'), count: chosen.length };
}
