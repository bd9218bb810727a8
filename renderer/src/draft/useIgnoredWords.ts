import { useCallback, type RefObject } from 'react';
import type { ArticleBlocks } from '../article/articleBlocks';
import type { ArticleBlocksHandle } from '../article/useArticleBlocks';

const NONE: readonly string[] = [];

/**
 * "Ignore in this story", kept with the draft: the words ride with the article blocks, so the
 * autosaver stores them with the next save and the story reopens with them still ignored (and
 * only this story: another draft has its own).
 */
export function useIgnoredWords(article: ArticleBlocksHandle, blocksRef: RefObject<ArticleBlocks>) {
  const { update } = article;
  const onIgnore = useCallback(
    (word: string) => {
      const now = blocksRef.current.ignoredWords ?? NONE;
      if (!now.includes(word)) update({ ignoredWords: [...now, word] });
    },
    [update, blocksRef],
  );
  return { ignored: article.blocks.ignoredWords ?? NONE, onIgnore };
}
