import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import type { LexicalState } from '../../shared/article/draft';
import { bodyTextOf } from '../../shared/article/lexical';

/** The stored body and its plain text, as one save sends them. */
export interface BodyContent {
  body: LexicalState;
  bodyText: string;
}

export function readBody(editor: LexicalEditor): BodyContent {
  // Lexical's own serialisation has the shape LexicalStateSchema checks; its interfaces just
  // lack the index signature zod's loose objects add.
  const body = editor.getEditorState().toJSON() as unknown as LexicalState;
  // The story's text without its captions (they are searched on their own): what History counts
  // from a saved version is then what the editor and the checklist count (storyWordCount).
  return { body, bodyText: bodyTextOf(body) };
}

/** One paragraph per line of plain text: the fallback when a stored body cannot be read. */
function $paragraphsOf(text: string): void {
  const root = $getRoot();
  for (const line of text.split(/\n\n|\n/)) {
    root.append($createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
  }
}

/**
 * Builds the initial body inside the composer's first update. A body this build of the editor
 * cannot read (say, a node type from a newer version) falls back to its plain text, so the
 * words are still there to edit rather than a blank page or a crash.
 */
export function initialBody(
  body: LexicalState | null,
  bodyText: string,
  onUnreadable: (error: unknown) => void,
): ((editor: LexicalEditor) => void) | undefined {
  if (body === null && bodyText === '') return undefined;
  return () => {
    const root = $getRoot();
    root.clear();
    if (body === null) {
      $paragraphsOf(bodyText);
      return;
    }
    try {
      for (const child of body.root.children) {
        root.append($parseSerializedNode(child as SerializedLexicalNode));
      }
    } catch (error) {
      onUnreadable(error);
      root.clear();
      $paragraphsOf(bodyText);
    }
    if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  };
}
