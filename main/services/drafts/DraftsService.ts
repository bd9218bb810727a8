import { randomUUID } from 'node:crypto';
import type { Draft, DraftListItem, RecoveryNotice, RevisionInfo, TrashedDraft } from '../../../shared/article/draft';
import { DraftIdSchema, emptyArticleFields } from '../../../shared/article/draft';
import type { ParsedRequestOf } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/text/collate';
import { deepNfc, toNfc } from '../../../shared/text/nfc';
import { ServiceError, storageError } from '../errors';
import type { ListQuery } from './DraftIndex';
import { DraftStore, type DraftsServiceDeps } from './DraftStore';
import { history, nameRevision, restoreRevision, savedRevision } from './history';
import { closeStore, dismissRecovery, openStore, type OpenReport, type Opened } from './opening';
import { moveToTrash, restoreFromTrash } from './trashing';

export type { DraftsServiceDeps } from './DraftStore';
export type { OpenReport } from './opening';

/**
 * The drafts store: one folder per draft, every write atomic and durable, revisions, recovery
 * from damaged files, trash, and the index behind the list and search. What the rest of Newsdesk
 * calls; opening (with recovery), history and trash are their own modules over one DraftStore.
 */
export class DraftsService {
  private readonly store: DraftStore;
  private opened: Opened | null = null;
  private closed = false;

  constructor(deps: DraftsServiceDeps) {
    this.store = new DraftStore(deps);
  }

  /**
   * Opens the data folder: refuses a newer format and takes the folder. The list is ready when
   * this resolves; every draft is checked, in the background when the index allows (`openReport`).
   */
  async open(): Promise<void> {
    this.opened = await openStore(this.store);
  }

  /** What opening found: waits for the background check of every draft. */
  openReport(): Promise<OpenReport> {
    if (!this.opened) throw new Error('open() first');
    return this.opened.report;
  }

  /**
   * Saves (and the restores, trashings and reads that share their queue) not finished yet: an
   * update must not restart the app under them. Reads count too, which only makes it wait longer.
   */
  get writesInFlight(): number {
    return this.store.writes.pending;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await closeStore(this.store, this.opened);
  }

  /**
   * The folder of a draft that exists (not in the trash): its photos live below it. The id is
   * checked, so a request can never name a folder outside the store.
   */
  async folderOf(id: string): Promise<string> {
    const missing = () => new ServiceError('not_found', `No draft with id ${id}`);
    if (!DraftIdSchema.safeParse(id).success) throw missing();
    const dir = this.store.folder(id).dir;
    const stat = await this.store.fs.stat(dir).catch(() => null);
    if (!stat?.isDirectory()) throw missing();
    return dir;
  }

  async list(query: ListQuery = {}): Promise<{ items: DraftListItem[]; total: number }> {
    if (query.query) await this.opened?.searchReady;
    return this.store.index.list(query);
  }

  /** Every template and section the drafts use, for suggestions and filters (no draft read). */
  facets(): { templates: string[]; sections: string[] } {
    const templates = new Set<string>();
    const sections = new Set<string>();
    for (const { item } of this.store.index.entries.values()) {
      templates.add(item.template);
      if (item.section !== '') sections.add(item.section);
    }
    return { templates: [...templates].sort(compareVietnamese), sections: [...sections].sort(compareVietnamese) };
  }

  async create(fields: { headline?: string; template?: string; section?: string } = {}): Promise<Draft> {
    const now = this.store.now().toISOString();
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
    const folder = this.store.folder(draft.id);
    try {
      await folder.create();
      await folder.write(draft);
    } catch (error) {
      await this.store.fs.rm(folder.dir, { recursive: true, force: true }).catch(() => undefined);
      throw storageError('The draft could not be created', error);
    }
    await this.store.indexDraft(folder, draft);
    return draft;
  }

  get(id: string): Promise<{ draft: Draft; recovery: RecoveryNotice | null }> {
    return this.store.writes.run(id, async () => ({
      draft: await this.store.readCurrent(id),
      recovery: await this.store.folder(id).notice(),
    }));
  }

  save(request: ParsedRequestOf<'drafts.save'>): Promise<DraftListItem> {
    return this.store.writes.run(request.id, async () => {
      const current = await this.store.readCurrent(request.id);
      const { id: _id, session, ...fields } = request;
      // Every string the reporter typed is stored in NFC, in every block.
      return this.store.writeTyped(current, deepNfc(fields), session);
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
    const { store } = this;
    return store.writes.run(id, async () => {
      const current = await store.readCurrent(id);
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
        return {
          draft: store.index.entries.get(id)?.item ?? (await store.writeNext(current, {}, 'finished')),
          warnings,
        };
      return { draft: await store.writeNext(current, {}, 'finished'), warnings };
    });
  }

  history(id: string): Promise<RevisionInfo[]> {
    return history(this.store, id);
  }

  /** One kept revision as it was saved, for a preview; restoring it is `restore`. */
  revision(id: string, revision: number): Promise<Draft> {
    return savedRevision(this.store, id, revision);
  }

  /** Restoring is itself a new revision: nothing is overwritten. */
  restore(id: string, revision: number): Promise<DraftListItem> {
    return restoreRevision(this.store, id, revision);
  }

  /** Names (or renames) a kept version; without a revision, the current one. */
  nameRevision(id: string, revision: number | undefined, name: string): Promise<RevisionInfo> {
    return nameRevision(this.store, id, revision, name);
  }

  dismissRecovery(id: string): Promise<void> {
    return dismissRecovery(this.store, id);
  }

  trash(id: string): Promise<void> {
    return moveToTrash(this.store, id);
  }

  listTrash(): Promise<TrashedDraft[]> {
    return this.store.trashBin.list();
  }

  restoreFromTrash(id: string): Promise<DraftListItem> {
    return restoreFromTrash(this.store, id);
  }
}
