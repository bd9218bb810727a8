import { useEffect, useState } from 'react';
import { z } from 'zod';
import { DraftStatusSchema } from '../../../shared/article/draft';
import type { RequestOf } from '../../../shared/contract';

/** What the reporter asked the drafts list for: search words, order, filters. */
const ListParamsSchema = z.object({
  query: z.string().max(500),
  sort: z.enum(['updated', 'created', 'headline']),
  status: DraftStatusSchema.nullable(),
  template: z.string().max(64).nullable(),
  /** '' is a real value (drafts with no section); null means any section. */
  section: z.string().max(200).nullable(),
});
export type ListParams = z.infer<typeof ListParamsSchema>;
export type ListSort = ListParams['sort'];

export const DEFAULT_PARAMS: ListParams = { query: '', sort: 'updated', status: null, template: null, section: null };

/** The plain list, newest first: the only view events can update without asking the store. */
export function isDefault(params: ListParams): boolean {
  return (
    params.query.trim() === '' &&
    params.sort === 'updated' &&
    params.status === null &&
    params.template === null &&
    params.section === null
  );
}

export function toRequest(params: ListParams): RequestOf<'drafts.list'> {
  const query = params.query.trim();
  return {
    ...(query ? { query } : {}),
    sort: params.sort,
    ...(params.status ? { status: [params.status] } : {}),
    ...(params.template ? { template: [params.template] } : {}),
    ...(params.section !== null ? { section: [params.section] } : {}),
  };
}

const STORAGE_KEY = 'newsdesk.draftList';

function saved(): ListParams {
  try {
    const parsed = ListParamsSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_PARAMS;
  } catch {
    return DEFAULT_PARAMS;
  }
}

/** Kept for the session: opening a search result and coming back keeps the search. */
export function useListParams(): [ListParams, (change: Partial<ListParams> | null) => void] {
  const [params, setParams] = useState<ListParams>(saved);
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(params));
    } catch {
      // Not kept across screens, but the list still works.
    }
  }, [params]);
  const update = (change: Partial<ListParams> | null) =>
    setParams((previous) => (change === null ? DEFAULT_PARAMS : { ...previous, ...change }));
  return [params, update];
}
