import { useCallback, useState } from 'react';
import type { Article } from '../../../shared/article/article';

/** The preview in the editor's place: a still copy of the article, taken when it opens. */
export function usePreview(current: () => Article) {
  const [article, setArticle] = useState<Article | null>(null);
  const toggle = useCallback(() => setArticle((shown) => (shown ? null : current())), [current]);
  const close = useCallback(() => setArticle(null), []);
  return { article, toggle, close };
}
