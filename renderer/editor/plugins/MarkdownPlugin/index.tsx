import { ListItemNode, ListNode } from '@lexical/list';
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { useEffect } from 'react';

/** "## " and "### " make subheads; "# " is left alone: the headline is the story's only h1. */
const SUBHEAD: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

/** The shortcuts a reporter may type: subheads, lists, quotes, bold and italic. */
export const BODY_TRANSFORMERS: Transformer[] = [
  SUBHEAD,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];

/** Markdown typed at the start of a line or around words becomes formatting as it is typed. */
export function MarkdownPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([HeadingNode, QuoteNode, ListNode, ListItemNode])) {
      throw new Error(
        'MarkdownPlugin: HeadingNode, QuoteNode, ListNode and ListItemNode must be registered on the editor',
      );
    }
  }, [editor]);
  return <MarkdownShortcutPlugin transformers={BODY_TRANSFORMERS} />;
}
