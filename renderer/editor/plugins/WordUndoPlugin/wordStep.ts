/** The caret's place in its block: the block's text split at the caret. */
export interface CaretText {
  block: string;
  before: string;
  after: string;
}

/**
 * What an edit at the caret is to undo. same-word: it changes only the word being typed (a
 * letter, a Backspace, or an input method's recomposition "Đuo" → "Đươ"). next-word: a space
 * after a word, which starts the next step. other: anything else (Enter, a paste, a jump).
 */
export type WordStep = 'same-word' | 'next-word' | 'other';

const SPACE = /\s/u;

export function wordStep(before: CaretText | null, after: CaretText | null): WordStep {
  if (!before || !after || before.block !== after.block || before.after !== after.after) return 'other';
  let same = 0;
  while (same < before.before.length && before.before[same] === after.before[same]) same++;
  const removed = before.before.slice(same);
  const added = after.before.slice(same);
  if (removed === '' && added === '') return 'other';
  if (removed === '' && /^\s+$/u.test(added) && /\S$/u.test(before.before)) return 'next-word';
  return SPACE.test(removed) || SPACE.test(added) ? 'other' : 'same-word';
}
