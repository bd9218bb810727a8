import { useCallback, useEffect, useState } from 'react';
import type { TrashedDraft } from '../../../shared/article/draft';
import { call } from '../api';

export type TrashLoad =
  { status: 'loading' } | { status: 'ready'; drafts: TrashedDraft[] } | { status: 'failed'; error: unknown };

/** The trash, reloaded whenever a draft enters or leaves it (from this window or another). */
export function useTrash(): { load: TrashLoad; reload: () => void; forget: (id: string) => void } {
  const [load, setLoad] = useState<TrashLoad>({ status: 'loading' });

  const reload = useCallback(() => {
    call(window.newsdesk.drafts.listTrash({})).then(
      ({ drafts }) => setLoad({ status: 'ready', drafts }),
      (error: unknown) => setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, []);

  const forget = useCallback((id: string) => {
    setLoad((previous) =>
      previous.status === 'ready' ? { ...previous, drafts: previous.drafts.filter((d) => d.id !== id) } : previous,
    );
  }, []);

  useEffect(() => {
    reload();
    const stopRemoved = window.newsdesk.drafts.onRemoved(reload);
    const stopChanged = window.newsdesk.drafts.onChanged(({ draft }) => forget(draft.id));
    window.addEventListener('focus', reload);
    return () => {
      stopRemoved();
      stopChanged();
      window.removeEventListener('focus', reload);
    };
  }, [reload, forget]);

  return { load, reload, forget };
}
