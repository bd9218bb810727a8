import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, HISTORIC_TAG } from 'lexical';
import { useEffect } from 'react';
import { codeEndingAt, type CodeTable } from '../../../../shared/text/codeReplacements';

/**
 * Expands code replacements in the body as they are typed: when the character just typed
 * completes a code (`=nvh=`), the code becomes its replacement. Undo brings the code back and
 * is not expanded again (historic updates are skipped).
 */
export function CodeReplacementPlugin({ table }: { table: CodeTable }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!table.pattern) return undefined;
    return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG) || editor.isComposing() || dirtyLeaves.size === 0) return;
      const found = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text')
          return undefined;
        const key = selection.anchor.key;
        if (!dirtyLeaves.has(key)) return undefined;
        const node = $getNodeByKey(key);
        if (!$isTextNode(node)) return undefined;
        const text = node.getTextContent();
        const before = prevEditorState.read(() => $getNodeByKey(key)?.getTextContent() ?? '');
        // Only typing (the text grew) expands: deleting back into a code leaves it alone.
        if (text.length <= before.length) return undefined;
        const match = codeEndingAt(text, selection.anchor.offset, table);
        return match ? { key, match, caret: selection.anchor.offset } : undefined;
      });
      if (!found) return;
      editor.update(() => {
        const node = $getNodeByKey(found.key);
        if (!$isTextNode(node)) return;
        node.spliceText(found.match.start, found.caret - found.match.start, found.match.replacement, true);
      });
    });
  }, [editor, table]);

  return null;
}
