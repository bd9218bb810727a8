import { codeEndingAt, type CodeTable } from '../../../shared/text/codeReplacements';

export interface Expanded {
  value: string;
  caret: number;
}

/**
 * After a keystroke in a plain field: if the text just typed completed a code, the field's new
 * value and caret. Only when the text grew, so deleting back into a code does not re-expand it.
 */
export function expandAtCaret(previous: string, value: string, caret: number, table: CodeTable): Expanded | undefined {
  if (value.length <= previous.length || !table.pattern) return undefined;
  const match = codeEndingAt(value, caret, table);
  if (!match) return undefined;
  const next = `${value.slice(0, match.start)}${match.replacement}${value.slice(caret)}`;
  return { value: next.normalize('NFC'), caret: match.start + match.replacement.length };
}
