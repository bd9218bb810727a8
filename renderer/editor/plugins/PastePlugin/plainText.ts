import { $getSelection, $isRangeSelection, type BaseSelection } from 'lexical';

/** A blank line: two line ends with nothing but spaces or tabs between them. */
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * The paragraphs of plain text that separates them with blank lines (an e-mail, a .txt file, a
 * wire copy): one paragraph per block, never one empty paragraph per blank line. A single line end
 * inside a block is a hard wrap and becomes a space. Null for text without a blank line: there
 * each line is a paragraph, as Lexical pastes it.
 */
export function paragraphsOf(text: string): string[] | null {
  const lines = text.replace(/\r\n?/g, '\n');
  if (!BLANK_LINE.test(lines)) return null;
  return lines
    .split(/\n\s*\n/)
    .map((block) => block.replace(/[^\S\n]*\n[^\S\n]*/g, ' ').trim())
    .filter((block) => block !== '');
}

/**
 * Inserts plain text at the selection, a paragraph per blank-line-separated block. False when the
 * text has no blank line (Lexical's own paste, a paragraph per line, is right for it).
 */
export function $insertPlainText(text: string, selection: BaseSelection): boolean {
  const paragraphs = paragraphsOf(text);
  if (!paragraphs || !$isRangeSelection(selection)) return false;
  paragraphs.forEach((paragraph, i) => {
    // Each insert moves the selection on: read it again, as Lexical's own paste does.
    const current = $getSelection();
    if (!$isRangeSelection(current)) return;
    if (i > 0) current.insertParagraph();
    const next = $getSelection();
    if ($isRangeSelection(next)) next.insertText(paragraph);
  });
  return true;
}
