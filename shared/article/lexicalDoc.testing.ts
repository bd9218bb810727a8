import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode, type HeadingTagType } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type LexicalNode,
} from 'lexical';
import type { LexicalState } from './draft';
import type { SerializedCaptionedPhotoNode } from './lexical';

/**
 * Builds bodies with the real Lexical 0.52 (headless), so tests read exactly what the editor
 * saves. Test support only: the app never builds bodies outside the editor.
 */
export type Part =
  | { p: Inline[] }
  | { h: HeadingTagType; text: string }
  | { quote: Inline[] }
  | { list: 'bullet' | 'number'; items: (Inline[] | { nested: 'bullet' | 'number'; items: Inline[][] })[] }
  | { photo: SerializedCaptionedPhotoNode };
export type Inline = string | { b: string } | { i: string } | { bi: string } | { link: string; text: string } | 'br';

function $inline(part: Inline): LexicalNode {
  if (part === 'br') return $createLineBreakNode();
  if (typeof part === 'string') return $createTextNode(part);
  if ('link' in part) return $createLinkNode(part.link).append($createTextNode(part.text));
  if ('b' in part) return $createTextNode(part.b).toggleFormat('bold');
  if ('i' in part) return $createTextNode(part.i).toggleFormat('italic');
  return $createTextNode(part.bi).toggleFormat('bold').toggleFormat('italic');
}

/**
 * The body as `editorState.toJSON()` writes it, with photos spliced in where they stand, and
 * Lexical's own `getTextContent()` of it (null when it has photos: their placeholders skew it).
 */
export function lexicalDoc(...parts: Part[]): { state: LexicalState; text: string | null } {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  const photos = new Map<number, SerializedCaptionedPhotoNode>();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      parts.forEach((part, index) => {
        if ('p' in part) root.append($createParagraphNode().append(...part.p.map($inline)));
        else if ('h' in part) root.append($createHeadingNode(part.h).append($createTextNode(part.text)));
        else if ('quote' in part) root.append($createQuoteNode().append(...part.quote.map($inline)));
        else if ('list' in part) {
          const list = $createListNode(part.list);
          for (const item of part.items) {
            if (Array.isArray(item)) list.append($createListItemNode().append(...item.map($inline)));
            else {
              const nested = $createListNode(item.nested);
              for (const inner of item.items) nested.append($createListItemNode().append(...inner.map($inline)));
              list.append($createListItemNode().append(nested));
            }
          }
          root.append(list);
        } else {
          photos.set(index, part.photo);
          root.append($createParagraphNode()); // a placeholder the photo replaces below
        }
      });
    },
    { discrete: true },
  );
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  const json = editor.getEditorState().toJSON() as unknown as LexicalState;
  json.root.children = json.root.children.map((child, index) => photos.get(index) ?? child);
  return { state: json, text: photos.size > 0 ? null : text };
}
