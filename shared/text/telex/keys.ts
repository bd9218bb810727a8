import type { Tone } from '../vietnameseLetters';

/** The built-in input methods. "off" types letters as they are. */
export const INPUT_METHODS = ['off', 'telex', 'vni'] as const;
export type InputMode = (typeof INPUT_METHODS)[number];
export type InputMethod = Exclude<InputMode, 'off'>;

/** What a key does to the syllable before the caret. */
export type KeyAction =
  | { kind: 'tone'; tone: Tone }
  | { kind: 'untone' }
  /** â ê ô; `base` limits it to one letter (Telex aa, ee, oo), none means any (VNI 6). */
  | { kind: 'circumflex'; base?: 'a' | 'e' | 'o' }
  /** ơ ư (VNI 7); with `breve`, also ă (Telex w). */
  | { kind: 'horn'; breve: boolean }
  | { kind: 'breve' }
  | { kind: 'stroke' };

const TELEX: Record<string, KeyAction> = {
  s: { kind: 'tone', tone: 'acute' },
  f: { kind: 'tone', tone: 'grave' },
  r: { kind: 'tone', tone: 'hook' },
  x: { kind: 'tone', tone: 'tilde' },
  j: { kind: 'tone', tone: 'dot' },
  z: { kind: 'untone' },
  a: { kind: 'circumflex', base: 'a' },
  e: { kind: 'circumflex', base: 'e' },
  o: { kind: 'circumflex', base: 'o' },
  w: { kind: 'horn', breve: true },
  d: { kind: 'stroke' },
};

const VNI: Record<string, KeyAction> = {
  '1': { kind: 'tone', tone: 'acute' },
  '2': { kind: 'tone', tone: 'grave' },
  '3': { kind: 'tone', tone: 'hook' },
  '4': { kind: 'tone', tone: 'tilde' },
  '5': { kind: 'tone', tone: 'dot' },
  '0': { kind: 'untone' },
  '6': { kind: 'circumflex' },
  '7': { kind: 'horn', breve: false },
  '8': { kind: 'breve' },
  '9': { kind: 'stroke' },
};

export function actionOf(method: InputMethod, key: string): KeyAction | undefined {
  const table = method === 'telex' ? TELEX : VNI;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The keys that type each marked letter and each tone, to give back what was typed. */
export const TYPED: Record<InputMethod, { letters: Record<string, string>; tones: Record<Tone, string> }> = {
  telex: {
    letters: { â: 'aa', ê: 'ee', ô: 'oo', ă: 'aw', ơ: 'ow', ư: 'uw', đ: 'dd' },
    tones: { acute: 's', grave: 'f', hook: 'r', tilde: 'x', dot: 'j' },
  },
  vni: {
    letters: { â: 'a6', ê: 'e6', ô: 'o6', ă: 'a8', ơ: 'o7', ư: 'u7', đ: 'd9' },
    tones: { acute: '1', grave: '2', hook: '3', tilde: '4', dot: '5' },
  },
};
