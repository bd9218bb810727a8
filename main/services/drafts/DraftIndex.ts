import path from 'node:path';
import type { Draft, DraftListItem } from '../../../shared/article/draft';
import { searchableTextOf } from '../../../shared/article/searchable';
import type { RequestOf } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/text/collate';
import { foldForSearch, searchWords } from '../../../shared/text/fold';
import { writeFileAtomic, type StoreFs } from '../storage';
import { isIndexEntry, isWordsEntry, type IndexEntry, type WordsEntry } from './indexFiles';

export type { IndexEntry, WordsEntry } from './indexFiles';

// 3: related links' titles and teasers joined the search words (an older words index is rebuilt).
const INDEX_VERSION = 3;

/** A drafts.list request as a caller writes it (the contract's schema; limit may be left out). */
export type ListQuery = RequestOf<'drafts.list'>;

const EXCERPT_CHARS = 160;

export function indexEntryOf(
  draft: Draft,
  stat: { size: number; mtimeMs: number },
  recovered: boolean,
): { entry: IndexEntry; words: WordsEntry } {
  const { id, template, section, headline, status, createdAt, updatedAt, revision } = draft;
  const excerpt = draft.bodyText.replace(/\s+/g, ' ').trim().slice(0, EXCERPT_CHARS);
  return {
    entry: {
      item: { id, template, section, headline, status, createdAt, updatedAt, revision, recovered, excerpt },
      size: stat.size,
      mtimeMs: stat.mtimeMs,
    },
    words: {
      all: ` ${searchWords(searchableTextOf(draft)).join(' ')}`,
      headline: ` ${searchWords(headline).join(' ')}`,
    },
  };
}

/**
 * What the drafts list and search read, so opening the list does not re-read every draft.
 * Two files written together: index.json (the list, small, read at start) and words.json (the
 * search words, read in the background). A missing, unreadable or mismatched pair is rebuilt.
 */
export class DraftIndex {
  readonly entries = new Map<string, IndexEntry>();
  private readonly words = new Map<string, WordsEntry>();
  private wordsLoaded: Promise<boolean> = Promise.resolve(true);
  private dirty = false;
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
  ) {}

  private file(name: 'index' | 'words'): string {
    return path.join(this.dir, `${name}.json`);
  }

  /** Loads the list; the search words follow. False when the list must be rebuilt. */
  async load(): Promise<boolean> {
    let data: { version?: unknown; generation?: unknown; entries?: unknown };
    try {
      data = JSON.parse(await this.fs.readFile(this.file('index'), 'utf8')) as typeof data;
    } catch {
      return false;
    }
    const { entries, generation } = data;
    if (data.version !== INDEX_VERSION || !Array.isArray(entries) || !entries.every(isIndexEntry)) return false;
    for (const entry of entries) this.entries.set(entry.item.id, entry);
    this.wordsLoaded = this.loadWords(generation);
    return true;
  }

  /** Resolves false when words.json did not match index.json: the caller rebuilds. */
  wordsReady(): Promise<boolean> {
    return this.wordsLoaded;
  }

  private async loadWords(generation: unknown): Promise<boolean> {
    try {
      const data = JSON.parse(await this.fs.readFile(this.file('words'), 'utf8')) as {
        generation?: unknown;
        words?: unknown;
      };
      if (data.generation !== generation || typeof data.words !== 'object' || data.words === null) return false;
      for (const [id, words] of Object.entries(data.words))
        if (isWordsEntry(words) && !this.words.has(id)) this.words.set(id, words);
      return [...this.entries.keys()].every((id) => this.words.has(id));
    } catch {
      return false;
    }
  }

  put({ entry, words }: { entry: IndexEntry; words: WordsEntry }): void {
    this.entries.set(entry.item.id, entry);
    this.words.set(entry.item.id, words);
    this.markDirty();
  }

  remove(id: string): void {
    this.words.delete(id);
    if (this.entries.delete(id)) this.markDirty();
  }

  /** Call once wordsReady() has settled (and any rebuild it asked for) when q.query is set. */
  list(q: ListQuery): { items: DraftListItem[]; total: number } {
    const terms = q.query ? searchWords(q.query) : [];
    const section = q.section?.map(foldForSearch);
    const matches: { item: DraftListItem; inHeadline: boolean }[] = [];
    for (const { item } of this.entries.values()) {
      if (q.status?.length && !q.status.includes(item.status)) continue;
      if (q.template?.length && !q.template.includes(item.template)) continue;
      if (section?.length && !section.includes(foldForSearch(item.section))) continue;
      let inHeadline = false;
      if (terms.length > 0) {
        const words = this.words.get(item.id);
        // Each query word must start a word of the draft: "can tho" finds "Cần Thơ", "tho" finds "Thơ".
        if (!words || !terms.every((t) => words.all.includes(` ${t}`))) continue;
        inHeadline = terms.every((t) => words.headline.includes(` ${t}`));
      }
      matches.push({ item, inHeadline });
    }
    const byField = (a: DraftListItem, b: DraftListItem) =>
      q.sort === 'created'
        ? b.createdAt.localeCompare(a.createdAt)
        : q.sort === 'headline'
          ? compareVietnamese(a.headline, b.headline)
          : b.updatedAt.localeCompare(a.updatedAt);
    // A search ranks headline hits first, then the chosen order.
    matches.sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || byField(a.item, b.item));
    const offset = q.offset ?? 0;
    return {
      items: matches.slice(offset, offset + (q.limit ?? matches.length)).map((m) => m.item),
      total: matches.length,
    };
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => void this.flush().catch(() => undefined), 1000);
    this.flushTimer.unref();
  }

  /** Writes both files if anything changed. Losing them is harmless: they are rebuilt from the drafts. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.dirty) return;
    this.dirty = false;
    const generation = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const options = { fs: this.fs, fsync: false };
    await this.fs.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(
      this.file('words'),
      JSON.stringify({ generation, words: Object.fromEntries(this.words) }),
      options,
    );
    await writeFileAtomic(
      this.file('index'),
      JSON.stringify({ version: INDEX_VERSION, generation, entries: [...this.entries.values()] }),
      options,
    );
  }
}
