import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isElementNode, $isRangeSelection, type BaseSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { $insertPlainText } from './plainText';
import { cleanClipboardDocument } from './sanitizeHtml';
import { sanitizeLexicalClipboard, sanitizeSerializedNodes, type CleanNode, type PasteRules } from './sanitizeLexical';

export const LEXICAL_TYPE = 'application/x-lexical-editor';
export const HTML_TYPE = 'text/html';

/** The part of a DataTransfer a paste reads. */
export type Clipboard = Pick<DataTransfer, 'getData'>;

/** Whether we take this clipboard over; plain text alone is left to Lexical (NfcPlugin makes it NFC). */
export const carriesMarkup = (data: DataTransfer | null | undefined): data is DataTransfer =>
  !!data && (data.types.includes(LEXICAL_TYPE) || data.types.includes(HTML_TYPE));

/** A node and its subtree as JSON (Lexical's exportJSON leaves children to the caller). */
export function $toJSON(node: LexicalNode): Record<string, unknown> {
  const json: Record<string, unknown> = { ...node.exportJSON() };
  if ($isElementNode(node)) json.children = node.getChildren().map($toJSON);
  return json;
}

/** Nodes that are already clean go in without a second pass through the safety net. */
let insertingClean = false;
export const isInsertingClean = (): boolean => insertingClean;

function $insertClean(editor: LexicalEditor, clean: CleanNode[], selection: BaseSelection): void {
  const nodes = $generateNodesFromSerializedNodes(clean);
  insertingClean = true;
  try {
    $insertGeneratedNodes(editor, nodes, selection);
  } finally {
    insertingClean = false;
  }
}

/**
 * Inserts the clipboard, cleaned: Lexical's JSON first (it says most), then HTML. False when it
 * holds neither (plain text is Lexical's own business).
 */
export function $pasteClean(
  editor: LexicalEditor,
  data: Clipboard,
  selection: BaseSelection,
  rules: PasteRules,
): boolean {
  const lexical = data.getData(LEXICAL_TYPE);
  const fromLexical = lexical ? sanitizeLexicalClipboard(lexical, rules) : null;
  if (fromLexical) {
    $insertClean(editor, fromLexical, selection);
    return true;
  }
  const html = data.getData(HTML_TYPE);
  if (!html) return false;
  // Lexical imports the sanitised markup; its nodes then go through the same reducer as JSON.
  const imported = $generateNodesFromDOM(editor, cleanClipboardDocument(html)).map($toJSON);
  const clean = sanitizeSerializedNodes(imported, rules);
  // Markup that kept no words (too big to read, or nothing but what was dropped) must not eat
  // the paste: the clipboard's plain text goes in instead, so no word the reporter copied is lost.
  const plain = data.getData(PLAIN_TYPE);
  if (!hasWords(clean) && plain.trim() !== '' && $isRangeSelection(selection)) {
    if (!$insertPlainText(plain, selection)) selection.insertRawText(plain);
    return true;
  }
  $insertClean(editor, clean, selection);
  return true;
}

export const PLAIN_TYPE = 'text/plain';

/** Whether the cleaned nodes hold any text or photo at all. */
function hasWords(nodes: readonly CleanNode[]): boolean {
  return nodes.some(
    (node) =>
      (node.type === 'text' && typeof node.text === 'string' && node.text.trim() !== '') ||
      node.type === 'captioned-photo' ||
      hasWords(node.children ?? []),
  );
}

/** The safety net: clipboard nodes someone else generated, reduced the same way before they go in. */
export function $insertReduced(nodes: LexicalNode[], selection: BaseSelection, rules: PasteRules): void {
  const clean = sanitizeSerializedNodes(nodes.map($toJSON), rules);
  selection.insertNodes($generateNodesFromSerializedNodes(clean));
}
