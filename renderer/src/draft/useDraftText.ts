import type { LexicalEditor } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import type { Draft } from '../../../shared/article/draft';
import { readBody } from '../../editor/body';
import { blocksOf } from '../article/articleBlocks';
import { unsavedSnapshotOf, type DraftSnapshot } from '../autosave/registry';

/**
 * The open draft's text as the saver reads it: the headline (state for the field, a ref for the
 * saver), the body editor and the article blocks, read at save time from refs so the saver always
 * gets the newest text through a callback that never changes identity.
 */
export function useDraftText(draft: Draft) {
  // Text from an earlier visit that has not reached the disk yet wins over the stored copy.
  const [initial] = useState<DraftSnapshot>(
    () =>
      unsavedSnapshotOf(draft.id) ?? {
        headline: draft.headline,
        body: draft.body,
        bodyText: draft.bodyText,
        blocks: blocksOf(draft),
      },
  );
  const [headline, setHeadline] = useState(initial.headline);
  const headlineRef = useRef(initial.headline);
  const editorRef = useRef<LexicalEditor | null>(null);
  // Kept current by useArticleBlocks.
  const blocksRef = useRef(initial.blocks);

  const snapshot = useCallback((): DraftSnapshot => {
    const editor = editorRef.current;
    const body = editor ? readBody(editor) : { body: initial.body, bodyText: initial.bodyText };
    return { headline: headlineRef.current, ...body, blocks: blocksRef.current };
  }, [initial]);

  /** Takes a new headline; false when it is the one already held (nothing changed). */
  const takeHeadline = useCallback((next: string): boolean => {
    if (next === headlineRef.current) return false;
    headlineRef.current = next;
    setHeadline(next);
    return true;
  }, []);

  return { initial, headline, takeHeadline, headlineRef, editorRef, blocksRef, snapshot };
}
