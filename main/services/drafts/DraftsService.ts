import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Draft, DraftListItem, RecoveryNotice, RevisionInfo, TrashedDraft } from '../../../shared/article/draft';
import { DraftIdSchema, emptyArticleFields } from '../../../shared/article/draft';
import type { ParsedRequestOf } from '../../../shared/contract';
import { deepNfc, toNfc } from '../../../shared/text/nfc';
import { ServiceError, storageError } from '../errors';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import { BoundedMap, KeyedQueue, mapLimit, realFs, type StoreFs } from '../storage';
import { DraftFolder, NewerFormatError } from './DraftFolder';
import { DraftIndex, indexEntryOf, type ListQuery } from './DraftIndex';
import { defaultRevisionPolicy, revisionsToPrune, type RevisionPolicy } from './revisionPolicy';
import { checkStoreFormat, lockDataFolder, unlockDataFolder } from './storeMeta';
import { Trash } from './Trash';

export interface DraftsServiceDeps {
  dataDir: string;
  clock: Clock;
  bus: EventBus;
  fs?: StoreFs;
  /** Benchmarks turn this off to measure everything but the wait for the disk. */
  fsync?: boolean;
  revisionPolicy?: RevisionPolicy;
  trashDays?: number;
}

export interface OpenReport {
  crashed: boolean;
  checked: number;
  recovered: string[];
  unreadable: { id: string; problem: string }[];
  purgedFromTrash: string[];
}

const DAY_MS = 24 * 3_600_000;

/**
 * The drafts store: one folder per draft, every write atomic and durable, revisions, recovery
 * from damaged files, trash, and the index behind the list and search.
 */
export class DraftsService {
  private readonly fs: StoreFs;
  private readonly fsync: boolean;
  private readonly policy: RevisionPolicy;
  private readonly draftsDir: string;
  private readonly index: DraftIndex;
  private readonly trashBin: Trash;
  private readonly writes = new KeyedQueue();
  private closed = false;
  /** The drafts read last, so reopening one in the editor does not decode its file again. */
  private readonly cache = new BoundedMap<string, { draft: Draft; size: number; mtimeMs: number }>(16);

  constructor(private readonly deps: DraftsServiceDeps) {
    this.fs = deps.fs ?? realFs;
    this.fsync = deps.fsync ?? true;
    this.policy = deps.revisionPolicy ?? defaultRevisionPolicy;
    this.draftsDir = path.join(deps.dataDir, 'drafts');
    this.index = new DraftIndex(deps.dataDir, this.fs);
    this.trashBin = new Trash(path.join(deps.dataDir, 'trash'), this.fs, (deps.trashDays ?? 30) * DAY_MS);
  }

  private folder(id: string): DraftFolder {
    return new DraftFolder(path.join(this.draftsDir, id), this.fs, this.fsync);
  }

  /**
   * The folder of a draft that exists (not in the trash): its photos live below it. The id is
   * checked, so a request can never name a folder outside the store.
   */
  async folderOf(id: string): Promise<string> {
    const missing = () => new ServiceError('not_found', `No draft with id ${id}`);
    if (!DraftIdSchema.safeParse(id).success) throw missing();
    const dir = this.folder(id).dir;
    const stat = await this.fs.stat(dir).catch(() => null);
    if (!stat?.isDirectory()) throw missing();
    return dir;
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  /**
   * Opens the data folder: refuses a newer format and takes the folder. After a crash, or without
   * a usable index, it checks every draft before answering; otherwise the list is ready at once
   * from the index and every draft is checked in the background (report() waits for that).
   */
  async open(): Promise<void> {
    await this.fs.mkdir(this.draftsDir, { recursive: true });
    await checkStoreFormat(this.deps.dataDir, this.fs);
    const { crashed } = await lockDataFolder(this.deps.dataDir, this.fs);
    const indexed = await this.index.load();
    const ids = (await this.fs.readdir(this.draftsDir)).filter((n) => !n.startsWith('.'));
    const present = new Set(ids);
    for (const id of [...this.index.entries.keys()]) if (!present.has(id)) this.index.remove(id);
    const report: OpenReport = { crashed, checked: 0, recovered: [], unreadable: [], purgedFromTrash: [] };
    const checkAll = () => this.check(ids, report, { all: true, leftovers: crashed });
    if (crashed || !indexed) {
      await checkAll();
      this.searchReady = Promise.resolve();
      this.checked = Promise.resolve();
    } else {
      await this.check(
        ids.filter((id) => !this.index.entries.has(id)),
        report,
        { all: true, leftovers: false },
      );
      this.checked = this.check(ids, report, { all: false, leftovers: false });
      // words.json that does not match index.json: re-read every draft for search.
      this.searchReady = this.index.wordsReady().then((ok) => (ok ? undefined : checkAll()));
    }
    report.purgedFromTrash = await this.trashBin.purge(this.now());
    this.report = Promise.all([this.checked, this.searchReady]).then(async () => {
      await this.index.flush();
      return report;
    });
    // Surfaced through report(); a failure here must not go unhandled.
    this.report.catch(() => undefined);
  }

  private searchReady: Promise<void> = Promise.resolve();
  private checked: Promise<void> = Promise.resolve();
  private report: Promise<OpenReport> | null = null;

  /** What opening found: waits for the background check of every draft. */
  openReport(): Promise<OpenReport> {
    if (!this.report) throw new Error('open() first');
    return this.report;
  }

  /** Checks drafts whose file changed since they were indexed (or all of them). */
  private check(ids: string[], report: OpenReport, how: { all: boolean; leftovers: boolean }): Promise<void> {
    return mapLimit(ids, 16, (id) =>
      this.writes.run(id, async () => {
        const folder = this.folder(id);
        if (how.leftovers) await folder.removeLeftovers();
        if (!how.all) {
          const stat = await this.fs.stat(folder.latestPath).catch(() => null);
          const entry = this.index.entries.get(id);
          if (stat && entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) return;
        }
        report.checked++;
        await this.loadInto(folder, id, report);
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.report?.catch(() => undefined);
    await this.writes.idle();
    await this.index.flush();
    await unlockDataFolder(this.deps.dataDir, this.fs);
  }

  private async loadInto(folder: DraftFolder, id: string, report?: OpenReport): Promise<Draft | null> {
    let result;
    try {
      result = await folder.load(this.now());
    } catch (error) {
      if (error instanceof NewerFormatError) {
        throw new ServiceError(
          'storage_failed',
          `This draft was saved by a newer Newsdesk (${error.message}); update Newsdesk to open it.`,
        );
      }
      throw error;
    }
    if (result.state === 'lost') {
      report?.unreadable.push({ id, problem: result.problem });
      this.index.remove(id);
      return null;
    }
    const stat = await this.fs.stat(folder.latestPath);
    this.remember(result.draft, stat);
    this.index.put(indexEntryOf(result.draft, stat, result.state === 'recovered' || (await folder.notice()) !== null));
    if (result.state === 'recovered') {
      report?.recovered.push(id);
      this.publish(result.draft.id);
    }
    return result.draft;
  }

  async list(query: ListQuery = {}): Promise<{ items: DraftListItem[]; total: number }> {
    if (query.query) await this.searchReady;
    return this.index.list(query);
  }

  /** Every template and section the drafts use, for suggestions and filters (no draft read). */
  facets(): { templates: string[]; sections: string[] } {
    const templates = new Set<string>();
    const sections = new Set<string>();
    for (const { item } of this.index.entries.values()) {
      templates.add(item.template);
      if (item.section !== '') sections.add(item.section);
    }
    const byName = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
    return { templates: [...templates].sort(byName), sections: [...sections].sort(byName) };
  }

  async create(fields: { headline?: string; template?: string; section?: string } = {}): Promise<Draft> {
    const now = this.now().toISOString();
    const draft: Draft = {
      id: randomUUID(),
      ...emptyArticleFields(),
      template: fields.template ?? 'tin',
      section: toNfc(fields.section ?? ''),
      headline: toNfc(fields.headline ?? ''),
      body: null,
      bodyText: '',
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      revision: 0,
    };
    const folder = this.folder(draft.id);
    try {
      await folder.create();
      await folder.write(draft);
    } catch (error) {
      await this.fs.rm(folder.dir, { recursive: true, force: true }).catch(() => undefined);
      throw storageError('The draft could not be created', error);
    }
    await this.indexDraft(folder, draft);
    return draft;
  }

  get(id: string): Promise<{ draft: Draft; recovery: RecoveryNotice | null }> {
    return this.writes.run(id, async () => ({
      draft: await this.readCurrent(id),
      recovery: await this.folder(id).notice(),
    }));
  }

  /** The latest good version, from the small cache when the file has not changed since. */
  private async readCurrent(id: string): Promise<Draft> {
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

  private remember(draft: Draft, stat: { size: number; mtimeMs: number }): void {
    this.cache.set(draft.id, { draft, size: stat.size, mtimeMs: stat.mtimeMs });
  }

  save(request: ParsedRequestOf<'drafts.save'>): Promise<DraftListItem> {
    return this.writes.run(request.id, async () => {
      const current = await this.readCurrent(request.id);
      const { id: _id, ...fields } = request;
      // Every string the reporter typed is stored in NFC, in every block.
      return this.writeNext(current, deepNfc(fields));
    });
  }

  /**
   * Marks the stored draft finished, in the write queue so no save slips in between the check
   * and the write. `problems` judges the stored draft; any blocking one refuses, with its list.
   */
  finish<T extends { severity: 'blocking' | 'warning' }>(
    id: string,
    problems: (draft: Draft) => Promise<T[]>,
  ): Promise<{ draft: DraftListItem; warnings: T[] }> {
    return this.writes.run(id, async () => {
      const current = await this.readCurrent(id);
      const found = await problems(current);
      const blocking = found.filter((item) => item.severity === 'blocking');
      if (blocking.length > 0) {
        throw new ServiceError(
          'not_ready',
          `This story cannot be marked finished yet: ${blocking.length} problem(s) on its checklist must be fixed first.`,
        );
      }
      const warnings = found.filter((item) => item.severity === 'warning');
      if (current.status === 'finished')
        return { draft: this.index.entries.get(id)?.item ?? (await this.writeNext(current, {}, 'finished')), warnings };
      return { draft: await this.writeNext(current, {}, 'finished'), warnings };
    });
  }

  private async writeNext(current: Draft, changes: Partial<Draft>, status?: Draft['status']): Promise<DraftListItem> {
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
    if (next.revision % 10 === 0) await this.prune(folder).catch(() => undefined);
    return this.indexDraft(folder, next);
  }

  private async prune(folder: DraftFolder): Promise<void> {
    await folder.deleteRevisions(revisionsToPrune(await folder.revisions(), this.now().getTime(), this.policy));
  }

  private async indexDraft(folder: DraftFolder, draft: Draft): Promise<DraftListItem> {
    const stat = await this.fs.stat(folder.latestPath);
    this.remember(draft, stat);
    const entry = indexEntryOf(draft, stat, (await folder.notice()) !== null);
    this.index.put(entry);
    this.publish(draft.id);
    return entry.entry.item;
  }

  private publish(id: string): void {
    const entry = this.index.entries.get(id);
    if (entry) this.deps.bus.publish('drafts.changed', { draft: entry.item });
  }

  async history(id: string): Promise<RevisionInfo[]> {
    const folder = this.folder(id);
    const infos: RevisionInfo[] = [];
    for (const ref of await folder.revisions()) {
      const decoded = await folder.readRevision(ref);
      if (!decoded.ok) continue;
      const { revision, updatedAt, headline, bodyText } = decoded.draft;
      infos.push({ revision, savedAt: updatedAt, headline, words: bodyText.split(/\s+/).filter(Boolean).length });
    }
    return infos;
  }

  /** One kept revision as it was saved, for a preview; restoring it is `restore`. */
  async revision(id: string, revision: number): Promise<Draft> {
    const folder = this.folder(id);
    const ref = (await folder.revisions()).find((r) => r.revision === revision);
    const decoded = ref ? await folder.readRevision(ref) : null;
    if (!decoded?.ok) throw new ServiceError('not_found', `Revision ${revision} of draft ${id} is not available`);
    return decoded.draft;
  }

  /** Restoring is itself a new revision: nothing is overwritten. */
  restore(id: string, revision: number): Promise<DraftListItem> {
    return this.writes.run(id, async () => {
      const folder = this.folder(id);
      const ref = (await folder.revisions()).find((r) => r.revision === revision);
      const decoded = ref ? await folder.readRevision(ref) : null;
      if (!decoded?.ok) throw new ServiceError('not_found', `Revision ${revision} of draft ${id} is not available`);
      const current = await this.readCurrent(id);
      // Everything the reporter wrote comes back; id, creation time and status stay the store's.
      const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, status: _s, ...written } = decoded.draft;
      return this.writeNext(current, written);
    });
  }

  async dismissRecovery(id: string): Promise<void> {
    const folder = this.folder(id);
    await this.writes.run(id, async () => {
      await folder.dismissNotice();
      await this.indexDraft(folder, await this.readCurrent(id));
    });
  }

  trash(id: string): Promise<void> {
    return this.writes.run(id, async () => {
      await this.readCurrent(id);
      this.cache.delete(id);
      try {
        await this.trashBin.put(id, this.folder(id).dir, this.now());
      } catch (error) {
        throw storageError('The draft could not be moved to the trash', error);
      }
      this.index.remove(id);
      this.deps.bus.publish('drafts.removed', { id });
    });
  }

  listTrash(): Promise<TrashedDraft[]> {
    return this.trashBin.list();
  }

  restoreFromTrash(id: string): Promise<DraftListItem> {
    return this.writes.run(id, async () => {
      const folder = this.folder(id);
      if (await this.fs.stat(folder.dir).catch(() => null)) {
        throw new ServiceError('conflict', `A draft with id ${id} already exists`);
      }
      await this.trashBin.take(id, folder.dir).catch((error: unknown) => {
        throw (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new ServiceError('not_found', `No draft with id ${id} in the trash`)
          : storageError('The draft could not be restored', error);
      });
      const draft = await this.loadInto(folder, id);
      if (!draft) throw new ServiceError('storage_failed', 'The restored draft could not be read');
      this.publish(id);
      return this.index.entries.get(id)!.item;
    });
  }
}
