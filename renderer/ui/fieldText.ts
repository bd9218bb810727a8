import { codeEndingAt, type CodeTable } from '../../shared/text/codeReplacements';

export interface SettleInput {
  /** What the field held before this edit (a code expands only when the text grew). */
  previous: string;
  /** What the field holds now, as the browser has it. */
  raw: string;
  /** Where the caret is in `raw`. */
  caret: number;
  /** Code replacements to expand as they are completed; none for fields that take codes literally. */
  table?: CodeTable;
  /** A field's own rule applied before NFC, e.g. "a headline is one line". */
  shape?: (text: string) => string;
}

export interface Settled {
  /** The text the field keeps: shaped, codes expanded, NFC. */
  value: string;
  /** Where the caret belongs in `value`, or null when the text was not rewritten (leave it be). */
  caret: number | null;
}

/**
 * What a field keeps after an edit that is finished (never mid-composition: the input method owns
 * the text until compositionend). The caret is worked out from the text before it, because React
 * puts a rewritten value in with the caret at the end.
 */
export function settleFieldText({ previous, raw, caret, table, shape }: SettleInput): Settled {
  const shaped = shape ? shape(raw) : raw;
  const at = shape ? shape(raw.slice(0, caret)).length : caret;
  const match = table?.pattern && shaped.length > previous.length ? codeEndingAt(shaped, at, table) : undefined;
  const before = match ? `${shaped.slice(0, match.start)}${match.replacement}` : shaped.slice(0, at);
  const after = shaped.slice(at);
  const value = `${before}${after}`.normalize('NFC');
  return { value, caret: value === raw ? null : before.normalize('NFC').length };
}
