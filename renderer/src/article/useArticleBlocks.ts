import { useCallback, useState, type RefObject } from 'react';
import type { ArticleBlocks } from './articleBlocks';

export interface ArticleBlocksHandle {
  blocks: ArticleBlocks;
  update: (patch: Partial<ArticleBlocks>) => void;
}

/**
 * The blocks around the body: every change is shown at once and handed to the autosaver. `ref`
 * starts as `initial` and is kept current, for the saver's snapshot to read at save time.
 */
export function useArticleBlocks(
  initial: ArticleBlocks,
  ref: RefObject<ArticleBlocks>,
  changed: () => void,
): ArticleBlocksHandle {
  const [blocks, setBlocks] = useState(initial);
  const update = useCallback(
    (patch: Partial<ArticleBlocks>) => {
      ref.current = { ...ref.current, ...patch };
      setBlocks(ref.current);
      changed();
    },
    [ref, changed],
  );
  return { blocks, update };
}
