import path from 'node:path';
import { z } from 'zod';
import { DraftListItemSchema, type Draft, type DraftListItem } from '../../../shared/article/draft';
import { searchableTextOf } from '../../../shared/article/searchable';
import { foldForSearch, searchWords } from '../../../shared/text/fold';
import { writeFileAtomic, type StoreFs } from './atomicFile';

const INDEX_VERSION = 1;

const EntrySchema = z.object({
  item: DraftListItemSchema,
  /** Folded distinct words of headline, lead, body, captions, byline: " can tho ban …". */
  words: z.string(),
  headlineWords: z.string(),
  /** Size and mtime of draft.nd when indexed: a mismatch means the entry is stale. */
  size: z.number(),
  mtimeMs: z.number(),
});
export type IndexEntry = z.infer<typeof EntrySchema>;
const IndexFileSchema = z.object({ version: z.literal(INDEX_VERSION), entries: z.array(EntrySchema) });

export interface ListQuery {
  query?: string;
  sort?: 'updated' | 'created' | 'headline';
  status?: string[];
  template?: string[];
  section?: string[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const EXCERPT_CHARS = 160;

export function indexEntryOf(draft: Draft, stat: { size: number; mtimeMs: number }, recovered: boolean): IndexEntry {
  return {
    item: {
      id: draft.id,
      template: draft.template,
      section: draft.section,
      headline: draft.headline,
      status: draft.status,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      revision: draft.revision,
      recovered,
      excerpt: draft.bodyText.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_CHARS),
    },
    words: ` ${searchWords(searchableTextOf(draft)).join(' ')}`,
    headlineWords: ` ${searchWords(draft.headline).join(' ')}`,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
  };
}

/**
 * What the drafts list and search read, so opening the list does not re-read every draft.
 * Kept in memory, written to index.json after changes; rebuilt when missing or stale.
 */
export class DraftIndex {
  readonly entries = new Map<string, IndexEntry>();
  private dirty = false;
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  /** Loads index.json; returns false when it is missing or unreadable (rebuild everything). */
  async load(): Promise<boolean> {
    try {
      const parsed = IndexFileSchema.safeParse(JSON.parse(await this.fs.readFile(this.file, 'utf8')));
      if (!parsed.success) return false;
      for (const entry of parsed.data.entries) this.entries.set(entry.item.id, entry);
      return true;
    } catch {
      return false;
    }
  }

  put(entry: IndexEntry): void {
    this.entries.set(entry.item.id, entry);
    this.markDirty();
  }

  remove(id: string): void {
    if (this.entries.delete(id)) this.markDirty();
  }

  list(q: ListQuery): DraftListItem[] {
    const terms = q.query ? searchWords(q.query) : [];
    const matches: { item: DraftListItem; inHeadline: boolean }[] = [];
    for (const entry of this.entries.values()) {
      const { item } = entry;
      if (q.status?.length && !q.status.includes(item.status)) continue;
      if (q.template?.length && !q.template.includes(item.template)) continue;
      if (q.section?.length && !q.section.some((s) => foldForSearch(s) === foldForSearch(item.section))) continue;
      // Each query word must start a word of the draft: "can tho" finds "Cần Thơ", "tho" finds "Thơ".
      if (!terms.every((t) => entry.words.includes(` ${t}`))) continue;
      matches.push({ item, inHeadline: terms.length > 0 && terms.every((t) => entry.headlineWords.includes(` ${t}`)) });
    }
    const byField = (a: DraftListItem, b: DraftListItem) => {
      switch (q.sort) {
        case 'created':
          return b.createdAt.localeCompare(a.createdAt);
        case 'headline':
          return collator.compare(a.headline, b.headline);
        default:
          return b.updatedAt.localeCompare(a.updatedAt);
      }
    };
    // A search ranks headline hits first, then the chosen order.
    matches.sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || byField(a.item, b.item));
    return matches.map((m) => m.item);
  }

  private markDirty(): void {
    this.dirty = true;
    this.flushTimer ??= setTimeout(() => void this.flush().catch(() => undefined), 500);
  }

  /** Writes index.json if it changed. Losing it is harmless: it is rebuilt from the drafts. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.dirty) return;
    this.dirty = false;
    const body = JSON.stringify({ version: INDEX_VERSION, entries: [...this.entries.values()] });
    await this.fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, body, { fs: this.fs, fsync: false });
  }
}
