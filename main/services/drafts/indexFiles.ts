import type { DraftListItem } from '../../../shared/article/draft';

export interface IndexEntry {
  item: DraftListItem;
  /** Size and mtime of draft.nd when indexed: a mismatch means the entry is stale. */
  size: number;
  mtimeMs: number;
}

export interface WordsEntry {
  /** Folded distinct words of headline, lead, body, captions, byline: " can tho ban …". */
  all: string;
  headline: string;
}

const STATUSES = new Set(['draft', 'finished', 'modified']);
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The index is our own cache, read at every start: a hand check of each field is enough (and
 * many times faster than a schema parse of 10,000 entries). Anything odd rebuilds the index.
 */
export function isIndexEntry(value: unknown): value is IndexEntry {
  const e = value as IndexEntry;
  const i = e?.item;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof i === 'object' &&
    i !== null &&
    typeof e.size === 'number' &&
    typeof e.mtimeMs === 'number' &&
    [i.id, i.template, i.section, i.headline, i.createdAt, i.updatedAt, i.excerpt].every(isString) &&
    STATUSES.has(i.status) &&
    Number.isInteger(i.revision) &&
    typeof i.recovered === 'boolean'
  );
}

export function isWordsEntry(value: unknown): value is WordsEntry {
  const w = value as WordsEntry;
  return typeof w === 'object' && w !== null && isString(w.all) && isString(w.headline);
}
