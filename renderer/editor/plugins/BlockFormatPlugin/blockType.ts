import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $isRootOrShadowRoot, type RangeSelection } from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'ul' | 'ol' | 'quote';

/** The type of the block the caret is in, as the toolbar shows it. */
export function $blockTypeOfSelection(selection: RangeSelection): BlockType | 'other' {
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'ol' : list.getListType() === 'bullet' ? 'ul' : 'other';
  const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElement();
  if (!block || $isRootOrShadowRoot(block)) return 'paragraph';
  if ($isHeadingNode(block))
    return block.getTag() === 'h2' || block.getTag() === 'h3' ? (block.getTag() as BlockType) : 'other';
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return 'other';
  return block.getType() === 'paragraph' ? 'paragraph' : 'other';
}
