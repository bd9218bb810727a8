import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, TextNode, type PointType } from 'lexical';
import { useEffect } from 'react';

/** Where a caret at `offset` in `text` lands once the text is NFC-normalised. */
function nfcOffset(text: string, offset: number, nfcLength: number): number {
  return Math.min(text.slice(0, offset).normalize('NFC').length, nfcLength);
}

function movePoint(point: PointType, node: TextNode, text: string, nfcLength: number): void {
  if (point.key === node.getKey()) point.set(point.key, nfcOffset(text, point.offset, nfcLength), 'text');
}

/**
 * Keeps body text in NFC as it is typed: Vietnamese keyboards and pasted text often produce
 * decomposed letters ("e" + U+0302 + U+0301 for "ế"), which look the same but break search,
 * spellcheck and comparisons downstream. The caret is moved so it stays after the same letter.
 */
export function NfcPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        // Rewriting text mid-composition breaks the input method; it runs again once composed.
        if (editor.isComposing()) return;
        const text = node.getTextContent();
        const nfc = text.normalize('NFC');
        if (nfc === text) return;
        node.setTextContent(nfc);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          movePoint(selection.anchor, node, text, nfc.length);
          movePoint(selection.focus, node, text, nfc.length);
        }
      }),
    [editor],
  );

  return null;
}
