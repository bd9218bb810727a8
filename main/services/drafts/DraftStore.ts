import path from 'node:path';
import type { Draft, DraftListItem } from '../../../shared/article/draft';
import type { DraftDamage } from '../../../shared/contract';
import type { Clock } from '../clock';
import { ServiceError, storageError } from '../errors';
import type { EventBus } from '../events';
import { BoundedMap, KeyedQueue, realFs, type StoreFs } from '../storage';
import { DraftFolder } from './DraftFolder';
import { DraftIndex, indexEntryOf } from './DraftIndex';
import {
  continuesBurst,
  defaultRevisionPolicy,
  revisionsToPrune,
  type RevisionPolicy,
  type RevisionRef,
  type TypingBurst,
} from './revisionPolicy';
import { Trash } from './Trash';
import { markedOnPurpose, namedRevisions, readMarks } from './versionMarks';

export interface DraftsServiceDeps {
  dataDir: string;
  clock: Clock;
  bus: EventBus;
  fs?: StoreFs;
  /** Benchmarks turn this off to measure everything but the wait for the disk. */
  fsync?: boolean;
  /** Any part left out keeps its default. */
  revisionPolicy?: Partial<RevisionPolicy>;
}

/** A draft that needs the reporter: no good version, or written by a newer Newsdesk. */
export interface NeedsAttention {
  id: string;
  problem: DraftDamage;
  /** Newer drafts: the newest revision this version can read, for a read-only look. */
  readableRevision: number | null;
}

/** What reading drafts found wrong: filled by the check at opening, ignored on a plain read. */
export interface LoadTally {
  recovered: string[];
  unreadable: NeedsAttention[];
}

/** A draft is named once in a tally however many times it is checked (a rebuild checks again). */
function tallyUnreadable(tally: LoadTally, entry: NeedsAttention): void {
  const at = tally.unreadable.findIndex((u) => u.id === entry.id);
  if (at >= 0) tally.unreadable[at] = entry;
  else tally.unreadable.push(entry);
}

/** How long a trashed draft can be restored (the README promises 30 days). */
const KEEP_TRASHED_MS = 30 * 24 * 3_600_000;

/**
 * What every part of the drafts store shares: the folders, the index, the per-draft write queue
 * and the cache of recently read drafts, with the few steps all of them take (read the current
 * version, write the next one, index it, tell the window). Opening, history and trash build on it.
 */
export class DraftStore {
  readonly fs: StoreFs;
  readonly fsync: boolean;
  readonly dataDir: string;
  readonly draftsDir: string;
  readonly index: DraftIndex;
  readonly trashBin: Trash;
  /** One write per draft at a time: a save never interleaves with a restore or a trash. */
  readonly writes = new KeyedQueue();
  private readonly policy: RevisionPolicy;
  /** The drafts read last, so reopening one in the editor does not decode its file again. */
  private readonly cache = new BoundedMap<string, { draft: Draft; size: number; mtimeMs: number }>(16);
  /**
   * Per draft, the typing burst its latest revision belongs to. In memory on purpose: after a
   * crash or a restart nothing continues a burst, so every revision from before it stays.
   */
  private readonly bursts = new Map<string, TypingBurst>();

  constructor(private readonly deps: DraftsServiceDeps) {
    this.fs = deps.fs ?? realFs;
    this.fsync = deps.fsync ?? true;
    this.policy = { ...defaultRevisionPolicy, ...deps.revisionPolicy };
    this.dataDir = deps.dataDir;
    this.draftsDir = path.join(deps.dataDir, 'drafts');
    this.index = new DraftIndex(deps.dataDir, this.fs);
    this.trashBin = new Trash(path.join(deps.dataDir, 'trash'), this.fs, KEEP_TRASHED_MS);
  }

  folder(id: string): DraftFolder {
    return new DraftFolder(path.join(this.draftsDir, id), this.fs, this.fsync);
  }

  now(): Date {
    return this.deps.clock.now();
  }

  /**
   * Reads a draft into the index (and the cache). A damaged latest file is recovered from the
   * newest good revision on the way; `tally` hears of that, and of a draft with no good version.
   */
  async loadInto(folder: DraftFolder, id: string, tally?: LoadTally): Promise<Draft | null> {
    const result = await folder.load(this.now());
    if (result.state === 'newer') {
      // Kept read-only and untouched; out of the list, named in the start-up report.
      this.index.remove(id);
      if (tally) {
        tallyUnreadable(tally, { id, problem: result.problem, readableRevision: result.readable?.revision ?? null });
        return null;
      }
      throw new ServiceError(
        'draft_newer',
        `This draft was saved by a newer Newsdesk (draft format ${result.problem.detail.format}); it is kept read-only. Update Newsdesk to edit it.`,
      );
    }
    if (result.state === 'lost') {
      if (tally) tallyUnreadable(tally, { id, problem: result.problem, readableRevision: null });
      this.index.remove(id);
      return null;
    }
    const stat = await this.fs.stat(folder.latestPath);
    this.remember(result.draft, stat);
    this.index.put(indexEntryOf(result.draft, stat, result.state === 'recovered' || (await folder.notice()) !== null));
    if (tally) tally.unreadable = tally.unreadable.filter((u) => u.id !== id);
    if (result.state === 'recovered') {
      // The version recovery fell back to is named in its notice: typing must not replace it.
      this.bursts.delete(id);
      if (tally && !tally.recovered.includes(id)) tally.recovered.push(id);
      this.publish(result.draft.id);
    }
    return result.draft;
  }

  /** The latest good version, from the small cache when the file has not changed since. */
  async readCurrent(id: string): Promise<Draft> {
    const folder = this.folder(id);
    const stat = await this.fs.stat(folder.latestPath).catch(() => null);
    const cached = this.cache.get(id);
    if (stat && cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.draft;
    if (!stat && !(await this.fs.stat(folder.dir).catch(() => null))) {
      throw new ServiceError('not_found', `No draft with id ${id}`);
    }
    const draft = await this.loadInto(folder, id);
    if (!draft) {
      throw new ServiceError(
        'storage_failed',
        `This draft's file is damaged and no saved version could be read. Its folder was kept as it is: ${folder.dir}`,
      );
    }
    return draft;
  }

  forget(id: string): void {
    this.cache.delete(id);
    this.bursts.delete(id);
  }

  /** A draft's kept revision is named or restored now: the next typed save starts a new entry. */
  endBurst(id: string): void {
    this.bursts.delete(id);
  }

  /**
   * Writes what an editor session typed. While the same session keeps typing (and nothing else
   * was written since), the new revision replaces the burst's previous one, so a few minutes of
   * typing is one version in the history, not twenty. Without a session, every save is kept.
   */
  async writeTyped(current: Draft, changes: Partial<Draft>, session: string | undefined): Promise<DraftListItem> {
    const now = this.now().getTime();
    const burst = this.bursts.get(current.id);
    let replacing: RevisionRef | undefined;
    if (burst && session !== undefined) {
      const { marks } = await readMarks(this.fs, this.folder(current.id).dir);
      const keptOnPurpose = current.status === 'finished' || markedOnPurpose(marks, current.revision);
      const context = { session, current: current.revision, now, keptOnPurpose };
      if (continuesBurst(burst, context, this.policy))
        replacing = { revision: current.revision, savedAt: Date.parse(current.updatedAt) };
    }
    const item = await this.writeNext(current, changes, undefined, replacing);
    if (session !== undefined) {
      const startedAt = replacing && burst ? burst.startedAt : now;
      this.bursts.set(current.id, { session, revision: item.revision, startedAt, lastSavedAt: now });
    }
    return item;
  }

  /**
   * Writes the next revision of a draft; a finished draft that changes becomes 'modified'. Any
   * write ends a typing burst; `replacing` (a burst's previous revision) goes once the new one
   * reads back whole, before the window hears of the change.
   */
  async writeNext(
    current: Draft,
    changes: Partial<Draft>,
    status?: Draft['status'],
    replacing?: RevisionRef,
  ): Promise<DraftListItem> {
    this.bursts.delete(current.id);
    const next: Draft = {
      ...current,
      ...changes,
      status: status ?? (current.status === 'finished' ? 'modified' : current.status),
      updatedAt: this.now().toISOString(),
      revision: current.revision + 1,
    };
    const folder = this.folder(current.id);
    try {
      await folder.write(next);
    } catch (error) {
      // The previous version is still on disk, whole: writes go to a temp file first.
      throw storageError('Not saved', error);
    }
    // Best effort: a revision that could not be removed is one more entry, never a loss.
    if (replacing) await folder.replaceRevision(replacing, next).catch(() => undefined);
    if (next.revision % 10 === 0) await this.prune(folder).catch(() => undefined);
    return this.indexDraft(folder, next);
  }

  async indexDraft(folder: DraftFolder, draft: Draft): Promise<DraftListItem> {
    const stat = await this.fs.stat(folder.latestPath);
    this.remember(draft, stat);
    const entry = indexEntryOf(draft, stat, (await folder.notice()) !== null);
    this.index.put(entry);
    this.publish(draft.id);
    return entry.entry.item;
  }

  /** Tells the window a draft changed, with its list entry. */
  publish(id: string): void {
    const entry = this.index.entries.get(id);
    if (entry) this.deps.bus.publish('drafts.changed', { draft: entry.item });
  }

  publishRemoved(id: string): void {
    this.deps.bus.publish('drafts.removed', { id });
  }

  private remember(draft: Draft, stat: { size: number; mtimeMs: number }): void {
    this.cache.set(draft.id, { draft, size: stat.size, mtimeMs: stat.mtimeMs });
  }

  private async prune(folder: DraftFolder): Promise<void> {
    const named = namedRevisions((await readMarks(this.fs, folder.dir)).marks);
    await folder.deleteRevisions(revisionsToPrune(await folder.revisions(), this.now().getTime(), this.policy, named));
  }
}
