import { parseSyllable } from '../syllable';
import { spell } from '../telex/placement';
import { TONES } from '../vietnameseLetters';

/** Letters a reporter mistypes for one another: a missed hat or horn, d for đ. */
const FAMILIES = ['aăâ', 'eê', 'oôơ', 'uư', 'dđ'];
const familyOf = (ch: string) => FAMILIES.find((family) => family.includes(ch)) ?? ch;

/**
 * Spellings one mark away from a Vietnamese syllable: another tone (or none), or a letter of
 * the same family (a/ă/â, o/ô/ơ, u/ư, e/ê, d/đ), any number of them. Hunspell's MAP table says the same, but
 * nspell does not read it, so "Viêt" would get no "Việt" without this.
 */
export function markVariants(word: string): string[] {
  const lower = word.toLowerCase().normalize('NFC');
  // A Telex tone key left at the end ("hoaf": the keyboard was off) leaves the stem to vary.
  const stem =
    /^[^sfrxj]+[sfrxj]$/.test(lower) && !parseSyllable(lower)?.coda.match(/^(?:c|ch|k|m|n|ng|nh|p|t)?$/)
      ? lower.slice(0, -1)
      : lower;
  const syllable = parseSyllable(stem);
  if (!syllable) return [];
  const bare = `${syllable.onset}${syllable.vowels}${syllable.coda}`;
  // Every letter may be off at once ("nguoi" → "người"): a syllable has few, so the product is small.
  let letterings = [''];
  for (const ch of bare) letterings = letterings.flatMap((head) => [...familyOf(ch)].map((other) => head + other));
  const variants = new Set<string>();
  for (const lettering of letterings) {
    const parts = parseSyllable(lettering);
    if (!parts) continue;
    for (const tone of [null, ...TONES]) variants.add(spell({ ...parts, tone }, 'new'));
  }
  variants.delete(lower);
  return [...variants];
}
