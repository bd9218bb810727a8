/**
 * What a backspace-and-retype Vietnamese input method (Unikey or EVKey in their default "send
 * backspace" mode) sends to an application while a reporter types a text. The IME never shows
 * the application its Telex/VNI keys: plain letters go through as key presses, and when a tone or
 * shape key arrives the IME swallows it and sends Backspace × n followed by the recomposed end of
 * the syllable ("Đuo" + w → ⌫⌫ "ươ"). Pure: no DOM, no Playwright; the E2E spec plays it.
 */

/** One thing the application receives: a typed key, a real Backspace, or recomposed text. */
export type ImeOutput = { kind: 'key'; key: string } | { kind: 'backspace' } | { kind: 'text'; text: string };

/** A key the reporter pressed and what the IME sent for it. */
export interface Keystroke {
  key: string;
  sends: ImeOutput[];
}

/**
 * telex: shapes right after the vowels they change, the tone key at the end of the word
 * ("Dduowcj" for "Được"). vni: shapes and tone right after the vowels ("D9uo75c"), so final
 * consonants are typed after a recomposition, as most VNI typists do ("Vie65t").
 */
export type RetypeMethod = 'telex' | 'vni';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SHAPE_MARKS = /[\u0302\u0306\u031b]/gu;
const VOWELS = /^[aăâeêioôơuưy]$/iu;
const TELEX_TONE: Record<string, string> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
};
const VNI_TONE: Record<string, string> = { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };

/** The word without its tone: "Được" → "Đươc". */
export function untoned(word: string): string {
  return word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** The bare letters a reporter types first: "Được" → "Duoc". */
export function bareLetters(word: string): string {
  return untoned(word).normalize('NFD').replace(SHAPE_MARKS, '').normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The key of the shape on `letter` ("ê" → "e" in Telex, "6" in VNI), or null for a plain one. */
function shapeKey(letter: string, method: RetypeMethod): string | null {
  const marks = letter.normalize('NFD');
  const base = marks[0]!.toLowerCase();
  if (letter === 'đ' || letter === 'Đ') return method === 'telex' ? 'd' : '9';
  if (marks.includes('\u0302')) return method === 'telex' ? base : '6';
  if (marks.includes('\u031b')) return method === 'telex' ? 'w' : '7';
  if (marks.includes('\u0306')) return method === 'telex' ? 'w' : '8';
  return null;
}

function toneKey(word: string, method: RetypeMethod): string | null {
  const mark = word.normalize('NFD').match(TONE_MARKS)?.[0];
  if (!mark) return null;
  return (method === 'telex' ? TELEX_TONE : VNI_TONE)[mark]!;
}

/** What the IME sends to turn what the field shows into `next`: ⌫ back to the common start, then the rest. */
export function recompose(shown: string, next: string): ImeOutput[] {
  let same = 0;
  while (same < shown.length && same < next.length && shown[same] === next[same]) same++;
  const erase: ImeOutput[] = Array.from({ length: shown.length - same }, () => ({ kind: 'backspace' }));
  return [...erase, { kind: 'text', text: next.slice(same) }];
}

/** The keystrokes of one word, from its bare letters to the word itself. */
export function retypeWord(word: string, method: RetypeMethod): Keystroke[] {
  const letters = [...bareLetters(word)];
  const shaped = [...untoned(word)];
  const strokes: Keystroke[] = [];
  let shown = '';
  const change = (key: string, next: string) => {
    if (next === shown) return;
    strokes.push({ key, sends: recompose(shown, next) });
    shown = next;
  };
  const tone = toneKey(word, method);
  for (const [i, letter] of letters.entries()) {
    strokes.push({ key: letter, sends: [{ kind: 'key', key: letter }] });
    shown += letter;
    const vowel = VOWELS.test(letter);
    if (!vowel && shaped[i] !== letter) change(shapeKey(shaped[i]!, method)!, shaped.slice(0, i + 1).join(''));
    // A vowel run ends at a consonant or the word's end: the shape key (and VNI's tone) comes then.
    const runEnds = vowel && !VOWELS.test(letters[i + 1] ?? '');
    if (!runEnds) continue;
    let start = i;
    while (start > 0 && VOWELS.test(letters[start - 1]!)) start--;
    const run = shaped.slice(start, i + 1);
    const key = run.map((c) => shapeKey(c, method)).find((k) => k !== null);
    if (key) change(key, shaped.slice(0, i + 1).join(''));
    if (method === 'vni' && tone) change(tone, [...word].slice(0, i + 1).join(''));
  }
  if (tone) change(tone, word);
  return strokes;
}

/** The keystrokes of a whole text: words through the IME, everything else typed as it is. */
export function retypeText(text: string, method: RetypeMethod): Keystroke[] {
  const strokes: Keystroke[] = [];
  for (const [piece] of text.normalize('NFC').matchAll(/\p{L}+|[^\p{L}]/gu)) {
    if (/\p{L}/u.test(piece)) strokes.push(...retypeWord(piece, method));
    else strokes.push({ key: piece, sends: [{ kind: 'key', key: piece }] });
  }
  return strokes;
}

/** What a plain text buffer holds after the application received `strokes` (caret at the end). */
export function replay(strokes: Keystroke[], buffer = ''): string {
  let text = buffer;
  for (const output of strokes.flatMap((s) => s.sends)) {
    if (output.kind === 'backspace') text = text.slice(0, -1);
    else text += output.kind === 'key' ? output.key : output.text;
  }
  return text;
}

/** The keys the reporter pressed, e.g. "Dduowcj" — what a Telex or VNI typist would recognise. */
export function keysPressed(strokes: Keystroke[]): string {
  return strokes.map((s) => s.key).join('');
}
