import { useCallback, useEffect, useState } from 'react';
import type { DraftListItem } from '../../../shared/article/draft';
import { call } from '../api';

export type DraftsLoad =
  | { status: 'loading' }
  | { status: 'ready'; drafts: DraftListItem[] }
  | { status: 'failed'; error: unknown };

const newestFirst = (a: DraftListItem, b: DraftListItem) => b.updatedAt.localeCompare(a.updatedAt);

/** Puts a changed draft in the list, unless the list already has the same or a newer revision. */
export function upsert(drafts: DraftListItem[], changed: DraftListItem): DraftListItem[] {
  const existing = drafts.find((d) => d.id === changed.id);
  if (existing && existing.revision > changed.revision) return drafts;
  return [...drafts.filter((d) => d.id !== changed.id), changed].sort(newestFirst);
}

/**
 * The drafts list, kept live: changes from this window, other windows or tabs arrive as
 * drafts.changed events; coming back to the window reloads, in case events were missed.
 */
export function useDrafts(): { load: DraftsLoad; reload: () => void } {
  const [load, setLoad] = useState<DraftsLoad>({ status: 'loading' });

  const reload = useCallback(() => {
    call(window.newsdesk.drafts.list({})).then(
      ({ drafts }) => setLoad({ status: 'ready', drafts: [...drafts].sort(newestFirst) }),
      (error: unknown) => setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, []);

  useEffect(() => {
    reload();
    const update = (change: (drafts: DraftListItem[]) => DraftListItem[]) =>
      setLoad((previous) => (previous.status === 'ready' ? { ...previous, drafts: change(previous.drafts) } : previous));
    const stopChanged = window.newsdesk.drafts.onChanged(({ draft }) => update((drafts) => upsert(drafts, draft)));
    const stopRemoved = window.newsdesk.drafts.onRemoved(({ id }) => update((drafts) => drafts.filter((d) => d.id !== id)));
    window.addEventListener('focus', reload);
    return () => {
      stopChanged();
      stopRemoved();
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  return { load, reload };
}
