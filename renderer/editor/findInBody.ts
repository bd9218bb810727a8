import { $dfs } from '@lexical/utils';
import { $isTextNode, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { findMatches, replaceMatches, type FindOptions } from '../../shared/text/findText';
import { $isCaptionedPhotoNode } from './nodes/CaptionedPhotoNode';
import { EDIT_PHOTO_WORDS_COMMAND } from './plugins/PhotoWordsPlugin/commands';

/**
 * Find and replace inside the body editor: the text of its paragraphs, headings, lists, quotes and
 * links, and the captions of its placed photos. A match lies within one run of text (a name
 * half bold is two runs); all replacements in the text are one update, so one undo step.
 */

export function countInBody(
  editor: LexicalEditor,
  query: string,
  options: FindOptions,
): { text: number; captions: number } {
  return editor.getEditorState().read(() => {
    let text = 0;
    let captions = 0;
    for (const { node } of $dfs()) {
      if ($isTextNode(node)) text += findMatches(node.getTextContent(), query, options).length;
      else if ($isCaptionedPhotoNode(node)) captions += findMatches(node.getField('caption'), query, options).length;
    }
    return { text, captions };
  });
}

/**
 * Replaces in the body's text and/or its photos' captions — the first match, or all of them — in
 * one update, so one undo step. Shared captions reach the photo record, as typed ones do.
 */
export function replaceInBody(
  editor: LexicalEditor,
  query: string,
  replacement: string,
  options: FindOptions,
  only: 'first' | 'all',
  where: { text: boolean; captions: boolean },
): number {
  let count = 0;
  const enough = () => only === 'first' && count > 0;
  editor.update(
    () => {
      for (const { node } of $dfs()) {
        if (enough()) break;
        if ($isTextNode(node) && where.text) {
          const result = replaceMatches(node.getTextContent(), query, replacement, options, only);
          if (result.count === 0) continue;
          node.setTextContent(result.text);
          count += result.count;
        }
      }
      if (!where.captions) return;
      for (const { node } of $dfs()) {
        if (enough()) break;
        if (!$isCaptionedPhotoNode(node)) continue;
        const result = replaceMatches(node.getField('caption'), query, replacement, options, only);
        if (result.count === 0) continue;
        // Inside this update: the plugin's handler runs as part of it, so it is the same undo step.
        editor.dispatchCommand(EDIT_PHOTO_WORDS_COMMAND, {
          nodeKey: node.getKey(),
          field: 'caption',
          value: result.text,
        });
        count += result.count;
      }
    },
    { tag: HISTORY_PUSH_TAG, discrete: true },
  );
  return count;
}
