import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isElementNode, type BaseSelection, type LexicalEditor, type LexicalNode } from 'lexical';
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
export function $pasteClean(editor: LexicalEditor, data: Clipboard, selection: BaseSelection, rules: PasteRules): boolean {
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
  $insertClean(editor, sanitizeSerializedNodes(imported, rules), selection);
  return true;
}

/** The safety net: clipboard nodes someone else generated, reduced the same way before they go in. */
export function $insertReduced(nodes: LexicalNode[], selection: BaseSelection, rules: PasteRules): void {
  const clean = sanitizeSerializedNodes(nodes.map($toJSON), rules);
  selection.insertNodes($generateNodesFromSerializedNodes(clean));
}
