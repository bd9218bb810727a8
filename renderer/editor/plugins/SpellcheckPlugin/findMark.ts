import type { MisspeltMarks } from '../../spelling/highlights';

/** Alt+F7 (as in word processors) or Ctrl/Cmd+. : the suggestions for the word at the caret. */
export const isSpellingShortcut = (event: KeyboardEvent): boolean =>
  (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'F7') ||
  ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === '.');

/** The mark under the pointer. */
export function markAtPoint(marks: MisspeltMarks, x: number, y: number): Range | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (caret) return marks.at(caret.offsetNode, caret.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? marks.at(range.startContainer, range.startOffset) : undefined;
}

/** The mark at the caret, else the next one after it, else the first: the keyboard's way in. */
export function markForKeyboard(marks: MisspeltMarks): Range | undefined {
  const selection = document.getSelection();
  const all = marks.all();
  if (!selection || selection.rangeCount === 0) return all[0];
  const caret = selection.getRangeAt(0);
  const here = marks.at(caret.startContainer, caret.startOffset);
  if (here) return here;
  const after = all.find((range) => range.compareBoundaryPoints(Range.START_TO_START, caret) >= 0);
  return after ?? all[0];
}
