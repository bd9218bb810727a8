import { useCallback, useEffect, useState } from 'react';
import type { RevisionInfo } from '../../../shared/article/draft';
import { call } from '../api';

export type HistoryLoad =
  { status: 'loading' } | { status: 'ready'; revisions: RevisionInfo[] } | { status: 'failed'; error: unknown };

/** The saved versions of one draft, newest first, kept current as autosave adds more. */
export function useHistory(id: string): HistoryLoad {
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' });

  const fetchHistory = useCallback(() => {
    call(window.newsdesk.drafts.history({ id })).then(
      ({ revisions }) => setLoad({ status: 'ready', revisions }),
      (error: unknown) => setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, [id]);

  useEffect(() => {
    fetchHistory();
    return window.newsdesk.drafts.onChanged(({ draft }) => {
      if (draft.id === id) fetchHistory();
    });
  }, [id, fetchHistory]);

  return load;
}
