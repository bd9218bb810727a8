import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import type { Misspelling } from './protocol';

/** The Text node the editor rendered for a Lexical text node (inside <strong>, <code>…). */
function domTextOf(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * Ranges over the rendered text for every misspelling already known, by text node, and the
 * texts not yet checked; `only` limits it to those text nodes (the ones an update touched). The
 * word the caret is just after is left unmarked: it may still be being typed.
 */
export function rangesFor(
  editor: LexicalEditor,
  known: ReadonlyMap<string, readonly Misspelling[]>,
  only?: ReadonlySet<string>,
): { byText: Map<string, Range[]>; unchecked: string[] } {
  const byText = new Map<string, Range[]>();
  const unchecked = new Set<string>();
  editor.getEditorState().read(
    () => {
      const selection = $getSelection();
      const caret =
        $isRangeSelection(selection) && selection.isCollapsed()
          ? { key: selection.anchor.key, offset: selection.anchor.offset }
          : null;
      const nodes = only
        ? [...only].map((key) => $getNodeByKey(key)).filter($isTextNode)
        : $getRoot().getAllTextNodes();
      for (const node of nodes) {
        if (!node.isAttached()) continue;
        const text = node.getTextContent();
        const found = known.get(text);
        if (!found) {
          unchecked.add(text);
          continue;
        }
        if (found.length === 0) continue;
        const dom = domTextOf(editor.getElementByKey(node.getKey()));
        if (!dom || dom.data !== text) continue;
        const ranges: Range[] = [];
        for (const { start, end } of found) {
          if (caret && caret.key === node.getKey() && caret.offset === end) continue;
          const range = document.createRange();
          range.setStart(dom, start);
          range.setEnd(dom, end);
          ranges.push(range);
        }
        byText.set(node.getKey(), ranges);
      }
    },
    { editor },
  );
  return { byText, unchecked: [...unchecked] };
}

/** The text node the caret is in (its key), if the selection is a caret or a range. */
export function caretTextKey(editor: LexicalEditor): string | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? selection.anchor.key : null;
  });
}

/** A marked word as the editor knows it: its text node, where it sits, what it says. */
export interface MarkedWord {
  key: string;
  start: number;
  end: number;
  word: string;
}

export function markedWordOf(editor: LexicalEditor, range: Range): MarkedWord | null {
  let marked: MarkedWord | null = null;
  editor.getEditorState().read(
    () => {
      const node = $getNearestNodeFromDOMNode(range.startContainer);
      if (!$isTextNode(node)) return;
      marked = { key: node.getKey(), start: range.startOffset, end: range.endOffset, word: range.toString() };
    },
    { editor },
  );
  return marked;
}
