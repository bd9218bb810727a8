import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftListItem } from '../../../shared/article/draft';
import { call } from '../api';
import { onUndone } from '../trash/trashToast';
import { learnFacets, NO_FACETS, type Facets } from './facets';
import { isDefault, toRequest, type ListParams } from './listParams';

export type DraftsLoad =
  | { status: 'loading' }
  | { status: 'ready'; drafts: DraftListItem[]; total: number }
  | { status: 'failed'; error: unknown };

const PAGE = 100;
const MAX_PAGE = 1000;

const newestFirst = (a: DraftListItem, b: DraftListItem) => b.updatedAt.localeCompare(a.updatedAt);

/** Puts a changed draft in the list, unless the list already has the same or a newer revision. */
export function upsert(drafts: DraftListItem[], changed: DraftListItem): DraftListItem[] {
  const existing = drafts.find((d) => d.id === changed.id);
  if (existing && existing.revision > changed.revision) return drafts;
  return [...drafts.filter((d) => d.id !== changed.id), changed].sort(newestFirst);
}

export interface DraftList {
  load: DraftsLoad;
  facets: Facets;
  reload: () => void;
  loadMore: () => void;
  /** Takes a draft out at once (it went to the trash), before the event says so. */
  remove: (id: string) => void;
}

/**
 * The drafts list for a search and filters, asked of the store page by page. Kept live: in the
 * plain newest-first view a changed draft is put in place; in any other view the store is asked
 * again, since only it knows whether the changed draft still matches.
 */
export function useDraftList(params: ListParams): DraftList {
  const [load, setLoad] = useState<DraftsLoad>({ status: 'loading' });
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const learn = useCallback((drafts: DraftListItem[]) => setFacets((known) => learnFacets(known, drafts)), []);
  const request = useMemo(() => toRequest(params), [params]);
  const live = isDefault(params);
  const latest = useRef(0);
  // Read by event handlers and paging, which must see the list as it is now.
  const current = useRef(load);
  useEffect(() => {
    current.current = load;
  });
  const shown = () => (current.current.status === 'ready' ? current.current.drafts.length : 0);

  const fetchFirst = useCallback(() => {
    const ticket = ++latest.current;
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, shown()));
    call(window.newsdesk.drafts.list({ ...request, limit })).then(
      ({ drafts, total }) => {
        learn(drafts);
        if (ticket === latest.current) setLoad({ status: 'ready', drafts, total });
      },
      (error: unknown) =>
        ticket === latest.current &&
        setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed', error })),
    );
  }, [request, learn]);

  const loadMore = useCallback(() => {
    const ticket = ++latest.current;
    call(window.newsdesk.drafts.list({ ...request, offset: shown(), limit: PAGE })).then(
      ({ drafts, total }) => {
        learn(drafts);
        if (ticket !== latest.current) return;
        setLoad((previous) => {
          const have = previous.status === 'ready' ? previous.drafts : [];
          const ids = new Set(have.map((d) => d.id));
          return { status: 'ready', drafts: [...have, ...drafts.filter((d) => !ids.has(d.id))], total };
        });
      },
      () => undefined,
    );
  }, [request, learn]);

  const remove = useCallback((id: string) => {
    setLoad((previous) => {
      if (previous.status !== 'ready' || !previous.drafts.some((d) => d.id === id)) return previous;
      return { ...previous, drafts: previous.drafts.filter((d) => d.id !== id), total: previous.total - 1 };
    });
  }, []);

  useEffect(() => {
    fetchFirst();
    let pending: ReturnType<typeof setTimeout> | null = null;
    const refetchSoon = () => {
      // A burst of events (autosaves in another tab) becomes one question to the store.
      if (pending) clearTimeout(pending);
      pending = setTimeout(fetchFirst, 150);
    };
    const stopChanged = window.newsdesk.drafts.onChanged(({ draft }) => {
      learn([draft]);
      const now = current.current;
      const known = now.status === 'ready' && now.drafts.some((d) => d.id === draft.id);
      if (!live || !known) return refetchSoon();
      setLoad((previous) =>
        previous.status === 'ready' ? { ...previous, drafts: upsert(previous.drafts, draft) } : previous,
      );
    });
    const stopRemoved = window.newsdesk.drafts.onRemoved(({ id }) => remove(id));
    const stopUndone = onUndone(refetchSoon);
    window.addEventListener('focus', fetchFirst);
    return () => {
      if (pending) clearTimeout(pending);
      stopChanged();
      stopRemoved();
      stopUndone();
      window.removeEventListener('focus', fetchFirst);
    };
  }, [fetchFirst, live, remove, learn]);

  return { load, facets, reload: fetchFirst, loadMore, remove };
}
