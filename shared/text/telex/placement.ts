import { withTone } from '../vietnameseLetters';
import type { Syllable } from '../syllable';

/**
 * Where the tone sits. "new": the 1980s orthography reform most style guides and Unicode keyboards
 * now default to (hoà, thuý, khoẻ); "old": the traditional placement many newsrooms keep (hòa,
 * thúy, khỏe). The two differ only for open oa, oe, uy; everything else is fixed by the spelling.
 */
export type TonePlacement = 'new' | 'old';

const MARKED = /[ăâêôơư]/;

/** The index in `vowels` that carries the tone. */
export function toneIndex({ vowels, coda }: Pick<Syllable, 'vowels' | 'coda'>, placement: TonePlacement): number {
  // A vowel with its own mark takes the tone; in ươ it is the ơ (người, được).
  for (let i = vowels.length - 1; i >= 0; i--) if (MARKED.test(vowels[i])) return i;
  if (coda !== '') return vowels.length - 1; // hoàn, quyết → last vowel before the final
  if (vowels.length === 3) return 1; // khuỷu, ngoẹo
  if (vowels.length === 2) return placement === 'new' && ['oa', 'oe', 'uy'].includes(vowels) ? 1 : 0;
  return 0;
}

/** The syllable written out, lower case, NFC. */
export function spell(s: Syllable, placement: TonePlacement): string {
  if (!s.tone || s.vowels === '') return `${s.onset}${s.vowels}${s.coda}`;
  const at = toneIndex(s, placement);
  const vowels = [...s.vowels].map((v, i) => (i === at ? withTone(v, s.tone) : v)).join('');
  return `${s.onset}${vowels}${s.coda}`.normalize('NFC');
}
