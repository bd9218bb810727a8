import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListItemNode,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import { $blockTypeOfSelection, type BlockType } from './blockType';

export { $blockTypeOfSelection, type BlockType } from './blockType';

/** Makes the selected blocks this type; the type they already have turns them back into paragraphs. */
export const SET_BLOCK_TYPE_COMMAND: LexicalCommand<BlockType> = createCommand('SET_BLOCK_TYPE_COMMAND');

/** Subheads (h2, h3), bulleted and numbered lists, and quotes in the body. */
export function BlockFormatPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([HeadingNode, QuoteNode, ListNode, ListItemNode])) {
      throw new Error(
        'BlockFormatPlugin: HeadingNode, QuoteNode, ListNode and ListItemNode must be registered on the editor',
      );
    }
    return mergeRegister(
      editor.registerCommand(
        SET_BLOCK_TYPE_COMMAND,
        (type) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const current = $blockTypeOfSelection(selection);
          if (current === 'ul' || current === 'ol') {
            // A list is undone by the list command, even on the way to another type.
            editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
            if (current === type) return true;
          }
          const target = current === type ? 'paragraph' : type;
          if (target === 'ul') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
          else if (target === 'ol') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
          else {
            const next = $getSelection();
            if (!$isRangeSelection(next)) return true;
            $setBlocksType(next, () =>
              target === 'h2' || target === 'h3'
                ? $createHeadingNode(target)
                : target === 'quote'
                  ? $createQuoteNode()
                  : $createParagraphNode(),
            );
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);
  return null;
}
