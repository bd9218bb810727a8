import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isSelectionCapturedInDecoratorInput,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  isDOMNode,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import type { PhotosPluginProps } from '../PhotosPlugin';
import { $insertReduced, $pasteClean, carriesMarkup, isInsertingClean, PLAIN_TYPE } from './pasteClipboard';
import { $insertPlainText, paragraphsOf } from './plainText';
import type { PasteRules } from './sanitizeLexical';

export interface PastePluginProps {
  /** The draft's own photos: a pasted captioned photo is kept only if it is one of them. */
  lookup: PhotosPluginProps['lookup'];
}

/**
 * Paste from Word, Google Docs, web pages and Lexical editors keeps paragraphs, subheads,
 * bold/italic, lists, quotes and links, and drops everything else: no script, event handler,
 * style, or javascript:/data: link gets into the body. Also a safety net: whatever else inserts
 * clipboard nodes (a drop from another editor) goes through the same reducer.
 */
export function PastePlugin({ lookup }: PastePluginProps): null {
  const [editor] = useLexicalComposerContext();
  const lookupRef = useRef(lookup);
  useEffect(() => {
    lookupRef.current = lookup;
  }, [lookup]);

  useEffect(() => {
    const rules: PasteRules = { photo: (photoId) => lookupRef.current(photoId) };
    // Plain text with blank lines between paragraphs: a paragraph per block (plainText.ts); any
    // other plain text is left to Lexical.
    const pastePlain = (data: DataTransfer | null | undefined, event: Event): boolean => {
      const text = data?.getData(PLAIN_TYPE) ?? '';
      if (!paragraphsOf(text)) return false;
      event.preventDefault();
      editor.update(
        () => {
          const selection = $getSelection();
          if (selection) $insertPlainText(text, selection);
        },
        { tag: PASTE_TAG },
      );
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data =
            'clipboardData' in event ? event.clipboardData : 'dataTransfer' in event ? event.dataTransfer : null;
          // A paste into a photo's caption field is that field's own business.
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
          if (!carriesMarkup(data)) return pastePlain(data, event);
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection) $pasteClean(editor, data, selection, rules);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        CONTROLLED_TEXT_INSERTION_COMMAND,
        (payload) => {
          // beforeinput's insertFromPaste / insertFromDrop carry the same clipboard.
          if (typeof payload === 'string') return false;
          const selection = $getSelection();
          if (!selection) return false;
          const data = payload.dataTransfer;
          if (carriesMarkup(data)) return $pasteClean(editor, data, selection, rules);
          return $insertPlainText(payload.dataTransfer?.getData(PLAIN_TYPE) ?? '', selection);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
        ({ nodes, selection }) => {
          if (isInsertingClean()) return false;
          $insertReduced(nodes, selection, rules);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  return null;
}
