import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../../../shared/article/draft';
import { call } from '../api';

export type DraftLoad =
  | { status: 'loading' }
  | { status: 'ready'; draft: Draft }
  | { status: 'failed'; error: unknown };

type Answer = { id: string; attempt: number } & ({ ok: true; draft: Draft } | { ok: false; error: unknown });

/** Loads one draft for the editor; `reload` tries again after a failure. */
export function useDraft(id: string): { load: DraftLoad; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    call(window.newsdesk.drafts.get({ id })).then(
      ({ draft }) => current && setAnswer({ id, attempt, ok: true, draft }),
      (error: unknown) => current && setAnswer({ id, attempt, ok: false, error }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // An answer for another draft or an earlier attempt means the current one is still loading.
  let load: DraftLoad = { status: 'loading' };
  if (answer && answer.id === id && answer.attempt === attempt) {
    load = answer.ok ? { status: 'ready', draft: answer.draft } : { status: 'failed', error: answer.error };
  }
  return { load, reload };
}
