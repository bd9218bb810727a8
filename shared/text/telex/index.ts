import { baseOf } from '../vietnameseLetters';
import { isSyllable, parseSyllable, type Syllable } from '../syllable';
import { actionOf, TYPED, type InputMethod, type KeyAction } from './keys';
import { spell, type TonePlacement } from './placement';

export { INPUT_METHODS, type InputMethod, type InputMode } from './keys';
export type { TonePlacement } from './placement';

export interface TypingOptions {
  method: InputMethod;
  placement: TonePlacement;
}

/**
 * Telex and VNI as a pure function: the syllable before the caret and the key just pressed give
 * the syllable that replaces it (the key is then not typed), or null when no rule applies and the
 * key goes in as typed. Rules apply only where the result can still be a Vietnamese syllable, so
 * English passes through ("email"); a word that stops being Vietnamese gets its keys back
 * ("Windows", not "Ưindows"); pressing a rule's key again undoes it (ss → s). Output is NFC.
 */
export function typeKey(word: string, key: string, options: TypingOptions): string | null {
  if ([...key].length !== 1 || !/^[\p{L}\p{M}]*$/u.test(word)) return null;
  const lower = key.toLowerCase();
  const parsed = parseSyllable(word.toLowerCase());
  if (!parsed) return null;
  const action = actionOf(options.method, lower);
  const applied = action ? apply(parsed, action, lower) : null;
  if (applied) return withCase(spell(applied.syllable, options.placement), word, key);
  return /^\p{L}$/u.test(key) ? letterTyped(word, parsed, key, options) : null;
}

type Applied = { syllable: Syllable } | null;

const CIRCUMFLEX: Record<string, string> = { a: 'â', ă: 'â', e: 'ê', o: 'ô', ơ: 'ô' };
const HORN: Record<string, string> = { u: 'ư', o: 'ơ', ô: 'ơ' };
const BREVE: Record<string, string> = { a: 'ă', â: 'ă' };
const PLAIN: Record<string, string> = { â: 'a', ă: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };

function apply(s: Syllable, action: KeyAction, key: string): Applied {
  const undone = (changes: Partial<Syllable>): Applied => ({
    syllable: { ...s, ...changes, coda: `${changes.coda ?? s.coda}${key}` },
  });
  const checked = (next: Syllable): Applied => (isSyllable(next, { partial: true }) ? { syllable: next } : null);

  switch (action.kind) {
    case 'tone':
      if (s.vowels === '') return null;
      if (s.tone === action.tone) return undone({ tone: null });
      return checked({ ...s, tone: action.tone });
    case 'untone':
      return s.tone ? checked({ ...s, tone: null }) : null;
    case 'stroke':
      // In a word of consonants only, an abbreviation, the d just typed takes the stroke (LĐTBXH).
      if (s.vowels === '' && s.coda !== '') return strokeLast(s, undone);
      if (s.onset === 'đ') return undone({ onset: 'd' });
      return s.onset === 'd' ? checked({ ...s, onset: 'đ' }) : null;
    case 'circumflex': {
      const has = (v: string) => v === 'â' || v === 'ê' || v === 'ô';
      const mine = (v: string) => !action.base || baseOf(v) === action.base;
      if ([...s.vowels].some((v) => has(v) && mine(v)))
        return undone({ vowels: [...s.vowels].map((v) => (has(v) && mine(v) ? PLAIN[v] : v)).join('') });
      return firstValid(s, (v) => (mine(v) ? CIRCUMFLEX[v] : undefined), checked);
    }
    case 'breve':
      if (s.vowels.includes('ă')) return undone({ vowels: s.vowels.replace('ă', 'a') });
      return firstValid(s, (v) => BREVE[v], checked);
    case 'horn':
      return horn(s, action.breve, checked, undone);
  }
}

function strokeLast(s: Syllable, undone: (changes: Partial<Syllable>) => Applied): Applied {
  const last = s.coda.at(-1);
  if (last === 'đ') return undone({ coda: s.coda.slice(0, -1) + 'd' });
  return last === 'd' ? { syllable: { ...s, coda: `${s.coda.slice(0, -1)}đ` } } : null;
}

/** Marks the first vowel (left to right) whose marked form still spells a syllable. */
function firstValid(s: Syllable, mark: (v: string) => string | undefined, checked: (s: Syllable) => Applied): Applied {
  const vowels = [...s.vowels];
  for (let i = 0; i < vowels.length; i++) {
    const marked = mark(vowels[i]);
    if (!marked) continue;
    const next = checked({ ...s, vowels: [...vowels.slice(0, i), marked, ...vowels.slice(i + 1)].join('') });
    if (next) return next;
  }
  return null;
}

/** Open "uơ" is written only in huơ, khuơ, thuở; with a final or after other onsets it is "ươ". */
const OPEN_UO = new Set(['h', 'kh', 'th']);

function horn(
  s: Syllable,
  breve: boolean,
  checked: (s: Syllable) => Applied,
  undone: (changes: Partial<Syllable>) => Applied,
): Applied {
  const hooked = /[ươ]/.test(s.vowels) || (breve && s.vowels.includes('ă'));
  const pair = s.vowels.search(/[uư][oô]/);
  if (hooked && pair < 0) return undone({ vowels: [...s.vowels].map((v) => PLAIN[v] ?? v).join('') });
  if (pair >= 0) {
    const uo = s.coda === '' && s.vowels.length === 2 && OPEN_UO.has(s.onset) ? 'uơ' : 'ươ';
    if (s.vowels.slice(pair, pair + 2) === uo) return undone({ vowels: s.vowels.replace(uo, 'uo') });
    return checked({ ...s, vowels: `${s.vowels.slice(0, pair)}${uo}${s.vowels.slice(pair + 2)}` });
  }
  // Telex's lone w is ư: "w" → ư, "tw" → tư.
  if (breve && s.vowels === '' && s.coda === '' && !s.tone) return checked({ ...s, vowels: 'ư' });
  return firstValid(s, (v) => HORN[v] ?? (breve ? BREVE[v] : undefined), checked);
}

/** An ordinary letter: the tone may move (hóa + n → hoán), or the word stops being Vietnamese. */
function letterTyped(word: string, before: Syllable, key: string, options: TypingOptions): string | null {
  const typed = `${word}${key}`;
  const marked = before.tone !== null || /[ăâđêôơư]/.test(`${before.onset}${before.vowels}`);
  // Without a vowel the only mark is đ, and consonants after it are an abbreviation (ĐBSCL, ĐH).
  if (!marked || before.vowels === '') return null;
  const next = parseSyllable(typed.toLowerCase());
  if (next && next.vowels.includes('uơ') && (next.coda !== '' || next.vowels.length > 2))
    next.vowels = next.vowels.replace('uơ', 'ươ');
  if (!next || !isSyllable(next, { partial: true })) return `${keysOf(before, word, options.method)}${key}`;
  const spelled = withCase(spell(next, options.placement), word, key);
  return spelled === typed.normalize('NFC') ? null : spelled;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/**
 * The keys that would have typed a syllable, for a word that turned out not to be Vietnamese; each
 * letter's keys take that letter's case ("Ư" → "W", "VIỆ" → "VIEEJ").
 */
function keysOf(s: Syllable, word: string, method: InputMethod): string {
  const { letters, tones } = TYPED[method];
  const cases = [...word].map(isUpper);
  const allCaps = cases.length > 1 && cases.every(Boolean);
  const spelled = [...`${s.onset}${s.vowels}${s.coda}`].map((ch, i) => {
    // A word that starts with ư was a Telex "w" (Windows, web), not "uw".
    const keys = i === 0 && ch === 'ư' && method === 'telex' ? 'w' : (letters[ch] ?? ch);
    if (allCaps) return keys.toUpperCase();
    return cases[i] ? `${keys[0].toUpperCase()}${keys.slice(1)}` : keys;
  });
  const tone = s.tone ? tones[s.tone] : '';
  return `${spelled.join('')}${allCaps ? tone.toUpperCase() : tone}`;
}

/** Puts the typed case back: each letter keeps the case it was typed in; a letter added at the end takes the key's. */
function withCase(lower: string, word: string, key: string): string {
  const cases = [...word].map(isUpper);
  return [...lower.normalize('NFC')]
    .map((ch, i) => ((i < cases.length ? cases[i] : isUpper(key)) ? ch.toUpperCase() : ch))
    .join('')
    .normalize('NFC');
}

/** The word the caret is at the end of: the letters back to the last space or sign. */
export function syllableBefore(text: string): string {
  return /[\p{L}\p{M}]*$/u.exec(text)?.[0] ?? '';
}

/** Types a string key by key through the engine, as a keyboard would (for tests and previews). */
export function typeKeys(keys: string, options: TypingOptions): string {
  let out = '';
  for (const key of keys) {
    const word = syllableBefore(out);
    const next = typeKey(word, key, options);
    out = next === null ? `${out}${key}` : `${out.slice(0, out.length - word.length)}${next}`;
  }
  return out;
}
