import { useCallback, useEffect, useRef } from 'react';
import type { Article } from '../../../shared/article/article';
import type { Draft } from '../../../shared/article/draft';
import type { FinishTarget, Template } from '../../../shared/templates';
import { jumpTo } from '../finish/jump';
import { useFinish } from '../finish/useFinish';

/**
 * Every edit goes to the autosaver, and to an open Finish checklist so it follows the text. The
 * checklist needs the template, which needs the article blocks, which need `changed`: the ref
 * breaks that circle (the checklist joins once it exists).
 */
export function useEditsFollowed(autosaveChanged: () => void) {
  const checklistRef = useRef<(() => void) | null>(null);
  const changed = useCallback(() => {
    autosaveChanged();
    checklistRef.current?.();
  }, [autosaveChanged]);
  return { changed, checklistRef };
}

export interface DraftFinishDeps {
  draft: Draft;
  article: () => Article;
  template: Template | undefined;
  flush: () => Promise<boolean>;
  checklistRef: ReturnType<typeof useEditsFollowed>['checklistRef'];
}

/** The Finish panel's wiring for an open draft. */
export function useDraftFinish({ draft, article, template, flush, checklistRef }: DraftFinishDeps) {
  const finish = useFinish({ id: draft.id, initialStatus: draft.status, article, template, flush });
  useEffect(() => {
    checklistRef.current = finish.noteChange;
  }, [finish.noteChange, checklistRef]);
  return finish;
}

/**
 * Moves the caret to where a checklist item is fixed: the preview gives the editor its place back,
 * the photo desk opens for a photo the body does not hold yet.
 */
export function useJump(closePreview: () => void, openPhotos: () => void, focusBody: () => void) {
  return useCallback(
    (target: FinishTarget) => {
      closePreview();
      if (target.block === 'photos' && target.index === undefined) openPhotos();
      // After the editor is shown again (the preview may have hidden it).
      window.requestAnimationFrame(() => jumpTo(target, focusBody));
    },
    [closePreview, openPhotos, focusBody],
  );
}
