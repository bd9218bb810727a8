import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  RootNode,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { wordStep, type CaretText } from './wordStep';

/** An update folded into the word being typed: still an edit, so still saved. */
const WORD_TYPING_TAG = 'newsdesk-word-typing';

/** The text of `node` (and what precedes it in its block) before `offset`, up to `block`. */
function $textBefore(block: LexicalNode, node: LexicalNode, offset: number): string {
  let before = $isElementNode(node)
    ? node
        .getChildren()
        .slice(0, offset)
        .map((child) => child.getTextContent())
        .join('')
    : node.getTextContent().slice(0, offset);
  for (let current = node; !current.is(block); current = current.getParentOrThrow())
    for (let sibling = current.getPreviousSibling(); sibling; sibling = sibling.getPreviousSibling())
      before = sibling.getTextContent() + before;
  return before;
}

function $caretText(): CaretText | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
  if (!block) return null;
  const before = $textBefore(block, node, selection.anchor.offset);
  return { block: block.getKey(), before, after: block.getTextContent().slice(before.length) };
}

const sameCaret = (a: CaretText | null, b: CaretText | null) =>
  a !== null && b !== null && a.block === b.block && a.before === b.before && a.after === b.after;

/**
 * Undo a word at a time. Lexical's history merges only runs of single-letter inserts, so a
 * Unikey/EVKey recomposition (Backspace × n, then "ược" in one input) split a word into several
 * steps, and plain typing merged a whole sentence into one. Here an edit that only changes the
 * word being typed joins that word's step, and the space after a word starts the next one.
 * Merged updates carry HISTORY_MERGE_TAG, which the body's onChange ignores (it means "not an
 * edit" elsewhere), so they are reported through `onTyped` — else a word's last recomposition
 * could miss the save.
 */
export function WordUndoPlugin({ onTyped }: { onTyped: () => void }): null {
  const [editor] = useLexicalComposerContext();
  const onTypedRef = useRef(onTyped);
  useEffect(() => {
    onTypedRef.current = onTyped;
  }, [onTyped]);

  useEffect(() => {
    // Where the caret was after the last committed update, and whether that update was typing there.
    let committed: CaretText | null = null;
    let typedAt: CaretText | null = null;
    let typing: CaretText | null = null;
    return mergeRegister(
      editor.registerNodeTransform(RootNode, () => {
        if (editor.isComposing()) return;
        const now = $caretText();
        const step = wordStep(committed, now);
        typing = step === 'other' ? null : now;
        if (step === 'next-word') $addUpdateTag(HISTORY_PUSH_TAG);
        else if (step === 'same-word' && sameCaret(committed, typedAt)) {
          $addUpdateTag(HISTORY_MERGE_TAG);
          $addUpdateTag(WORD_TYPING_TAG);
        }
      }),
      editor.registerUpdateListener(({ editorState, dirtyLeaves, dirtyElements, tags }) => {
        committed = editorState.read($caretText);
        const edited = dirtyLeaves.size > 0 || dirtyElements.size > 0;
        if (tags.has(HISTORIC_TAG)) typedAt = null;
        else if (edited) typedAt = typing;
        else if (!sameCaret(committed, typedAt)) typedAt = null;
        typing = null;
        if (tags.has(WORD_TYPING_TAG)) onTypedRef.current();
      }),
    );
  }, [editor]);

  return null;
}
