import type { LexicalEditor } from 'lexical';
import { useCallback, useState, type RefObject } from 'react';
import type { Draft, RecoveryNotice } from '../../../shared/article/draft';
import { call } from '../api';
import type { Autosave } from '../autosave/useAutosave';
import type { RestoreFailure } from '../history/RevisionPreview';
import { navigate } from '../route';
import { moveToTrash } from '../trash/trashToast';

export interface DraftActionsDeps {
  id: string;
  autosave: Autosave;
  editorRef: RefObject<LexicalEditor | null>;
  headlineRef: RefObject<string>;
  /** The store holds new text for the draft: show it (null: could not fetch it, load again). */
  onReplaced: (loaded: { draft: Draft; recovery: RecoveryNotice | null } | null) => void;
}

export interface DraftActions {
  /** True while a restore or a delete is under way: the text takes no input then. */
  locked: boolean;
  /** Why the last delete did not happen, when it was the unsaved text. */
  trashBlocked: boolean;
  restore: (revision: number) => Promise<RestoreFailure | null>;
  trash: () => Promise<void>;
}

/**
 * Restoring a revision and deleting the draft, both of which must not race the autosaver: the
 * current text is stored first (it stays in the history), input stops, and after a restore the
 * saver takes the restored version as saved so the old text is never written over it.
 */
export function useDraftActions({ id, autosave, editorRef, headlineRef, onReplaced }: DraftActionsDeps): DraftActions {
  const [locked, setLocked] = useState(false);
  const [trashBlocked, setTrashBlocked] = useState(false);
  const { flush, acceptStored } = autosave;

  const lock = useCallback(
    (on: boolean) => {
      setLocked(on);
      editorRef.current?.setEditable(!on);
    },
    [editorRef],
  );

  const restore = useCallback(
    async (revision: number): Promise<RestoreFailure | null> => {
      lock(true);
      if (!(await flush())) {
        lock(false);
        return { kind: 'unsaved' };
      }
      try {
        const { draft: restored } = await call(window.newsdesk.drafts.restoreRevision({ id, revision }));
        acceptStored(new Date(restored.updatedAt));
      } catch (error) {
        lock(false);
        return { kind: 'failed', error };
      }
      // The editor is rebuilt from the store's copy, so what it shows is what was restored.
      const loaded = await call(window.newsdesk.drafts.get({ id })).catch(() => null);
      onReplaced(loaded);
      return null;
    },
    [id, flush, acceptStored, lock, onReplaced],
  );

  const trash = useCallback(async () => {
    setTrashBlocked(false);
    lock(true);
    if (!(await flush())) {
      lock(false);
      setTrashBlocked(true);
      return;
    }
    if (await moveToTrash({ id, headline: headlineRef.current })) navigate({ screen: 'drafts' });
    else lock(false);
  }, [id, flush, lock, headlineRef]);

  return { locked, trashBlocked, restore, trash };
}
