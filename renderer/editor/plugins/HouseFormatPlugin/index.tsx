import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, FORMAT_TEXT_COMMAND, type TextFormatType } from 'lexical';
import { useEffect } from 'react';

/** The inline formats house style uses; the CMS export knows only these two. */
export const HOUSE_FORMATS: readonly TextFormatType[] = ['bold', 'italic'];

/**
 * Refuses the formats the house does not use (Ctrl+U underline, strikethrough, code, sub/super,
 * highlight) before they reach the text: they would show in the editor and vanish on export.
 * Pasted formatting is reduced the same way by PastePlugin.
 */
export function HouseFormatPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        FORMAT_TEXT_COMMAND,
        (format) => !HOUSE_FORMATS.includes(format),
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
