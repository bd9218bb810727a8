import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  $isSelectionCapturedInDecoratorInput,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  isDOMNode,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { syllableBefore, typeKey } from '../../../../shared/text/telex';
import { isTypingKey, useInputMode } from '../../../ui/inputMode';

/**
 * Built-in Telex/VNI in the body: a key that changes the syllable before the caret rewrites that
 * syllable in its text node (formatting kept) instead of going in. Nothing happens while an input
 * method composes — a system Vietnamese keyboard owns its keys — or for shortcuts. The rewrite
 * joins the typing's undo step (history-merge), so undo takes back the word as it was typed.
 */
export function VietInputPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const typing = useInputMode();
  const typingRef = useRef(typing);
  useEffect(() => {
    typingRef.current = typing;
  }, [typing]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const { mode, placement } = typingRef.current;
          if (mode === 'off' || editor.isComposing() || !isTypingKey(event)) return false;
          // A photo's caption fields inside the body are TextFields: they type Telex themselves.
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text')
            return false;
          const node = selection.anchor.getNode();
          if (!$isTextNode(node)) return false;
          const offset = selection.anchor.offset;
          const word = syllableBefore(node.getTextContent().slice(0, offset));
          const next = typeKey(word, event.key, { method: mode, placement });
          if (next === null) return false;
          event.preventDefault();
          // Commands run inside an update: the rewrite is part of this keystroke's.
          $addUpdateTag(HISTORY_MERGE_TAG);
          node.spliceText(offset - word.length, word.length, next, true);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
