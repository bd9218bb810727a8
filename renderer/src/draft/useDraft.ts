import { useCallback, useEffect, useState } from 'react';
import type { Draft, RecoveryNotice } from '../../../shared/article/draft';
import { call } from '../api';

export type DraftLoad =
  | { status: 'loading' }
  /** `generation` changes when the text is replaced under the editor (a restored revision). */
  | { status: 'ready'; draft: Draft; recovery: RecoveryNotice | null; generation: number }
  | { status: 'failed'; error: unknown };

type Loaded = { draft: Draft; recovery: RecoveryNotice | null };
type Answer = { id: string; attempt: number } & (
  { ok: true; loaded: Loaded; generation: number } | { ok: false; error: unknown }
);

export interface DraftHandle {
  load: DraftLoad;
  /** Asks the store again (after a failure, or when the editor's text is stale). */
  reload: () => void;
  /** The store holds new text for this draft (just fetched): show it. */
  replace: (loaded: Loaded) => void;
  clearRecovery: () => void;
}

/** Loads one draft, and its recovery notice if any, for the editor. */
export function useDraft(id: string): DraftHandle {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    call(window.newsdesk.drafts.get({ id })).then(
      (loaded) => current && setAnswer({ id, attempt, ok: true, loaded, generation: 0 }),
      (error: unknown) => current && setAnswer({ id, attempt, ok: false, error }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const replace = useCallback(
    (loaded: Loaded) =>
      setAnswer((previous) =>
        previous?.ok && previous.id === loaded.draft.id
          ? { ...previous, loaded, generation: previous.generation + 1 }
          : previous,
      ),
    [],
  );

  const clearRecovery = useCallback(
    () =>
      setAnswer((previous) =>
        previous?.ok ? { ...previous, loaded: { ...previous.loaded, recovery: null } } : previous,
      ),
    [],
  );

  // An answer for another draft or an earlier attempt means the current one is still loading.
  let load: DraftLoad = { status: 'loading' };
  if (answer && answer.id === id && answer.attempt === attempt) {
    load = answer.ok
      ? { status: 'ready', ...answer.loaded, generation: answer.generation }
      : { status: 'failed', error: answer.error };
  }
  return { load, reload, replace, clearRecovery };
}
