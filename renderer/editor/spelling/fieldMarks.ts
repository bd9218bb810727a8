import type { Misspelling } from './protocol';

/*
 * The marks of a plain text field (headline, lead, caption) are offsets into its value, as the
 * checker found them. These pure helpers keep them right while the text moves on, pick the one
 * the keyboard means, and cut the text into the runs the field's underlay draws.
 */

/** A letter, mark or digit of a word (as shared/text/spelling/words.ts reads words). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/**
 * The marks of `before` carried into `after` until the checker answers for it: a mark before the
 * edit stays, one after it moves by the length change, one the edit touched (or a word the edit
 * made longer) is dropped, so no mark is ever drawn under the wrong letters.
 */
export function carryMarks(before: string, after: string, marks: readonly Misspelling[]): Misspelling[] {
  if (before === after) return [...marks];
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const editEnd = before.length - tail;
  const shift = after.length - before.length;
  return marks.flatMap((mark) => {
    if (mark.end < head || (mark.end === head && !isWordChar(after[head]))) return [mark];
    const start = mark.start + shift;
    if (mark.start > editEnd || (mark.start === editEnd && !isWordChar(after[start - 1])))
      return [{ ...mark, start, end: mark.end + shift }];
    return [];
  });
}

/** The marks worth drawing: not the word the caret is just after (it may still be being typed). */
export function marksToShow(marks: readonly Misspelling[], caret: number | null): Misspelling[] {
  return marks.filter((mark) => mark.end !== caret);
}

/** The keyboard's way in: the mark at the caret, else the next one after it, else the first. */
export function markForCaret(marks: readonly Misspelling[], caret: number | null): Misspelling | undefined {
  if (caret === null) return marks[0];
  return (
    marks.find((mark) => mark.start <= caret && caret <= mark.end) ??
    marks.find((mark) => mark.start >= caret) ??
    marks[0]
  );
}

export interface TextRun {
  text: string;
  /** Set on a misspelt word. */
  mark?: Misspelling;
}

/**
 * The field's text cut into plain runs and marked words, in order, together exactly the text.
 * A mark that does not say what the text says there (out of date, overlapping) is left out.
 */
export function runsOf(text: string, marks: readonly Misspelling[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || text.slice(mark.start, mark.end) !== mark.word) continue;
    if (mark.start > at) runs.push({ text: text.slice(at, mark.start) });
    runs.push({ text: mark.word, mark });
    at = mark.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
