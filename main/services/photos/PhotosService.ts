import path from 'node:path';
import {
  PhotoRecordSchema,
  type ImportProgress,
  type PhotoImportResult,
  type PhotoRecord,
} from '../../../shared/article/photo';
import { ServiceError, storageError } from '../errors';
import type { Clock } from '../clock';
import { exists, KeyedQueue, realFs, tempNameFor, writeFileAtomic, writeNewFile, type StoreFs } from '../storage';
import { developPhoto, readOriginal, renditionFileName, type Original, type SourceFs } from './develop';
import { classifyPhotoError, photoErrors, savingFailed } from './errors';
import { runQueue } from './importQueue';
import { photoOptions, type PhotoOptions } from './options';
import { PhotoFolder } from './PhotoFolder';
import { photoRecordOf, withDeskChanges, withRenditions, type PhotoTextChanges } from './photoRecord';
import {
  logRefresh,
  redevelop,
  renditionsDiffer,
  replaceRenditions,
  type RefreshOutcome,
  type UpdateOptions,
} from './refresh';
import { RefreshQueue } from './RefreshQueue';
import type { PhotoJobRunner } from './jobs/PhotoJobRunner';

export interface PhotosServiceDeps {
  clock: Clock;
  /** Where the draft folders' files are written: node's fs, or a test's that injects faults. */
  fs?: StoreFs;
  /** Where originals are read from (the card, a download folder). Defaults to node's fs. */
  sourceFs?: SourceFs;
  fsync?: boolean;
  options?: Partial<PhotoOptions>;
  /** Quiet period after the desk's last change before a photo's renditions are made again. */
  refreshDelayMs?: number;
  /** Told after every refresh of renditions; the default logs failures. */
  onRefresh?: (outcome: RefreshOutcome) => void;
  /**
   * Where imports and refreshes are developed: a separate process (PhotoWorkerPool) in the app
   * and the web host; absent, here in this process (the worker itself, the command line, tests).
   */
  jobs?: PhotoJobRunner;
}

/**
 * A file to import; GPS is kept in its renditions only when this photo says so. `name` (default:
 * the path's file name) is what messages and the record call it.
 */
export type PhotoToImport = string | { path: string; keepGps?: boolean; name?: string };
type ImportItem = Exclude<PhotoToImport, string>;

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress & { result: PhotoImportResult }) => void;
  /** This batch's settings (widths, quality, WebP) over the service's own options. */
  overrides?: Partial<PhotoOptions>;
}

export type { PhotoTextChanges } from './photoRecord';

/**
 * Imports photos into a draft's PhotoFolder: the original, its renditions, and last the record
 * that marks a finished import. A photo whose record exists is never written again. A failed or
 * cancelled photo leaves nothing behind, and never stops the rest of the batch.
 */
export class PhotosService {
  readonly options: PhotoOptions;
  private readonly fs: StoreFs;
  private readonly fsync: boolean;
  /** One import per picture at a time: the same photo twice in a batch is stored once. */
  private readonly perPhoto = new KeyedQueue();
  /** Renditions made again after the desk's edits, in the background, coalesced per photo. */
  private readonly refreshes: RefreshQueue;

  constructor(private readonly deps: PhotosServiceDeps) {
    this.fs = deps.fs ?? realFs;
    this.fsync = deps.fsync ?? true;
    this.options = photoOptions(deps.options);
    this.refreshes = new RefreshQueue({ delayMs: deps.refreshDelayMs ?? 1000, concurrency: this.options.concurrency });
  }

  /** Resolves once no rendition refresh is waiting or running. */
  whenIdle(): Promise<void> {
    return this.refreshes.whenIdle();
  }

  /** Makes the refreshes still waiting now, and waits for them: the files match the records. */
  async close(): Promise<void> {
    await this.refreshes.close();
    await this.deps.jobs?.close();
  }

  async importInto(
    draftDir: string,
    files: PhotoToImport[],
    options: ImportOptions = {},
  ): Promise<PhotoImportResult[]> {
    const folder = this.folderOf(draftDir);
    const items = files.map((f): ImportItem => (typeof f === 'string' ? { path: f } : f));
    // Settings changed during a batch apply to the next one: every photo of a batch is alike.
    const settings = options.overrides ? photoOptions({ ...this.options, ...options.overrides }) : this.options;
    const nameOf = (item: ImportItem) => item.name ?? path.basename(item.path);
    if (this.deps.jobs) {
      const job = { draftDir, settings, items: items.map((item) => ({ ...item, name: nameOf(item) })) };
      return this.deps.jobs.importBatch(job, { signal: options.signal, onProgress: options.onProgress });
    }
    let failed = 0;
    const failure = (item: ImportItem, error: unknown): PhotoImportResult => {
      return { ok: false, source: item.path, error: classifyPhotoError(error, nameOf(item)).toResultError() };
    };
    const work = (item: ImportItem, signal?: AbortSignal) =>
      this.importOne(folder, item, nameOf(item), settings, signal).catch((e: unknown) => failure(item, e));
    return runQueue(items, work, {
      concurrency: settings.concurrency,
      signal: options.signal,
      skipped: (item) => failure(item, photoErrors.cancelled(nameOf(item))),
      failed: (item, error) => failure(item, error),
      onProgress: ({ done, total, result }) => {
        if (!result.ok) failed += 1;
        options.onProgress?.({ done, total, failed, result });
      },
    });
  }

  /** Every finished import in a draft, oldest first (records of interrupted imports do not exist). */
  list(draftDir: string): Promise<PhotoRecord[]> {
    return this.folderOf(draftDir).records();
  }

  /** The record of a photo in a draft, or undefined if it was never (completely) imported. */
  record(draftDir: string, id: string): Promise<PhotoRecord | undefined> {
    return this.folderOf(draftDir).record(id);
  }

  private folderOf(draftDir: string): PhotoFolder {
    return new PhotoFolder(draftDir, this.fs, this.fsync);
  }

  private async importOne(
    folder: PhotoFolder,
    item: ImportItem,
    name: string,
    settings: PhotoOptions,
    signal?: AbortSignal,
  ): Promise<PhotoImportResult> {
    const original = await readOriginal(item.path, settings, this.deps.sourceFs, signal, name);
    return this.perPhoto.run(folder.recordPath(original.sha256), async () => {
      const existing = await folder.record(original.sha256);
      if (existing) return { ok: true, source: item.path, record: existing, duplicate: true };
      const record = await this.store(folder, original, item.keepGps === true, settings, signal);
      return { ok: true, source: item.path, record, duplicate: false };
    });
  }

  private async store(
    folder: PhotoFolder,
    original: Original,
    keepGps: boolean,
    settings: PhotoOptions,
    signal?: AbortSignal,
  ): Promise<PhotoRecord> {
    const developed = await developPhoto(original, settings, { keepGps }, signal);
    signal?.throwIfAborted();
    const { sha256: id } = original;
    const originalFile = PhotoFolder.originalFile(id, developed.format);
    const originalPath = folder.pathOf(originalFile);
    const renditionsDir = folder.renditionsDir(id);
    const staging = tempNameFor(renditionsDir);
    let createdOriginal = false;
    let placedRenditions = false;
    try {
      await this.fs.mkdir(folder.originalsDir, { recursive: true });
      await this.fs.mkdir(staging, { recursive: true });
      if (!(await exists(this.fs, originalPath))) {
        await writeFileAtomic(originalPath, original.bytes, { fs: this.fs, fsync: this.fsync });
        createdOriginal = true;
      }
      for (const r of developed.renditions) {
        await writeNewFile(path.join(staging, renditionFileName(r)), r.data, { fs: this.fs, fsync: this.fsync });
      }
      signal?.throwIfAborted();
      // Leftovers of an import that never got its record are not an imported photo: replace them.
      await this.fs.rm(renditionsDir, { recursive: true, force: true });
      await this.fs.rename(staging, renditionsDir);
      placedRenditions = true;
      const record = PhotoRecordSchema.parse(
        photoRecordOf({
          original,
          developed,
          keepGps,
          importedAt: this.deps.clock.now(),
          originalFile,
          renditionFile: (r) => PhotoFolder.renditionFile(id, r),
        }),
      );
      await folder.writeRecord(record);
      return record;
    } catch (error) {
      await this.fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
      if (placedRenditions) await this.fs.rm(renditionsDir, { recursive: true, force: true }).catch(() => undefined);
      if (createdOriginal) await this.fs.rm(originalPath, { force: true }).catch(() => undefined);
      throw savingFailed(error, original.name);
    }
  }

  /**
   * Changes the desk's text or GPS choice of an imported photo (NFC), one change per photo at a
   * time, written atomically, and answers with the record at once. The renditions follow in the
   * background: about a second after the last change they are made again from the stored
   * original with the record's words in their XMP and GPS only if kept (`whenIdle` waits for
   * that). Until then, or if that fails, the previous renditions stay.
   */
  update(draftDir: string, id: string, changes: PhotoTextChanges, options: UpdateOptions = {}): Promise<PhotoRecord> {
    const folder = this.folderOf(draftDir);
    const recordPath = folder.recordPath(id);
    return this.perPhoto.run(recordPath, async () => {
      const current = await folder.record(id);
      if (!current) throw new ServiceError('not_found', `No photo ${id} in this draft`);
      const next = PhotoRecordSchema.parse(withDeskChanges(current, changes));
      try {
        await folder.writeRecord(next);
      } catch (error) {
        throw storageError('The photo could not be saved', error);
      }
      if (renditionsDiffer(current, next))
        this.refreshes.schedule(recordPath, () => this.refresh(draftDir, id, options));
      return next;
    });
  }

  /** Never rejects: a failure leaves the previous renditions and the record as they were. */
  private async refresh(draftDir: string, id: string, { overrides, onRefreshed }: UpdateOptions): Promise<void> {
    const folder = this.folderOf(draftDir);
    const report = this.deps.onRefresh ?? logRefresh;
    try {
      const current = await folder.record(id);
      if (!current) throw new Error('the photo is no longer in this draft');
      const settings = overrides ? photoOptions({ ...this.options, ...overrides }) : this.options;
      const { jobs } = this.deps;
      const developed = await (jobs
        ? jobs.redevelop(draftDir, current, settings)
        : redevelop(this.fs, folder, current, settings));
      const record = await this.perPhoto.run(folder.recordPath(id), async () => {
        const latest = await folder.record(id);
        if (!latest) throw new Error('the photo is no longer in this draft');
        const renditions = await replaceRenditions(this.fs, folder, id, developed, this.fsync);
        const next = PhotoRecordSchema.parse(withRenditions(latest, developed, renditions));
        await folder.writeRecord(next);
        return next;
      });
      onRefreshed?.(record);
      report({ ok: true, draftDir, id, record });
    } catch (error) {
      report({ ok: false, draftDir, id, error });
    }
  }
}
