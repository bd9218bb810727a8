import type { PhotoImportResult, PhotoRecord } from '../../../shared/article/photo';
import type { ParsedRequestOf } from '../../../shared/contract';
import { ServiceError } from '../errors';
import type { Clock } from '../clock';
import type { DraftsService } from '../drafts/DraftsService';
import type { EventBus } from '../events';
import { photoErrors } from './errors';
import type { PhotoOptions } from './options';
import type { PhotosService, PhotoTextChanges } from './PhotosService';
import type { Staging } from './Staging';

export interface PhotoDeskDeps {
  photos: PhotosService;
  drafts: Pick<DraftsService, 'folderOf'>;
  staging: Staging;
  bus: EventBus;
  clock: Clock;
  /** The current photo settings, read at the start of each batch. */
  photoSettings: () => Partial<PhotoOptions>;
}

/**
 * The photo operations of the API over the photo pipeline: files staged by the window, batches
 * that report every photo and can be cancelled, and the desk's edits to captions and credits.
 */
export class PhotoDesk {
  private readonly batches = new Map<string, AbortController>();

  constructor(private readonly deps: PhotoDeskDeps) {}

  /** Clears what earlier sessions left in incoming/. */
  start(): Promise<void> {
    return this.deps.staging.sweep(this.deps.clock.now());
  }

  async list(draftId: string): Promise<PhotoRecord[]> {
    return this.deps.photos.list(await this.deps.drafts.folderOf(draftId));
  }

  async stage({ draftId, name, data }: ParsedRequestOf<'photos.stage'>): Promise<string> {
    await this.deps.drafts.folderOf(draftId);
    // Bytes from IPC and from the web host's request body; a Blob only from a caller in this process.
    return this.deps.staging.stageBytes(name, data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data);
  }

  async import({ draftId, batchId, files }: ParsedRequestOf<'photos.import'>): Promise<PhotoImportResult[]> {
    const draftDir = await this.deps.drafts.folderOf(draftId);
    if (this.batches.has(batchId)) throw new ServiceError('conflict', `Batch ${batchId} is already importing`);
    const controller = new AbortController();
    this.batches.set(batchId, controller);
    const { bus, staging } = this.deps;
    const total = files.length;
    const results = new Array<PhotoImportResult>(total);
    let done = 0;
    let failed = 0;
    const report = (index: number, result: PhotoImportResult) => {
      results[index] = result;
      done += 1;
      if (!result.ok) failed += 1;
      bus.publish('photos.progress', { draftId, batchId, done, total, failed, result });
      if (result.ok && !result.duplicate) bus.publish('photos.changed', { draftId, photo: result.record });
    };
    const staged = await Promise.all(files.map((f) => staging.pathOf(f.stagedId)));
    try {
      // Files no longer waiting are reported first; the rest go to the pipeline as one batch.
      const waiting: { index: number; path: string; name: string }[] = [];
      const seen = new Set<string>();
      staged.forEach((file, index) => {
        const { name } = files[index];
        // A staged file is imported once: the same id twice in a batch is gone the second time.
        if (file !== undefined && !seen.has(file)) waiting.push({ index, path: file, name });
        else report(index, { ok: false, source: name, error: photoErrors.noLongerStaged(name).toResultError() });
        if (file !== undefined) seen.add(file);
      });
      const byPath = new Map(waiting.map((w) => [w.path, w]));
      const asRequested = (result: PhotoImportResult) => ({
        ...result,
        source: byPath.get(result.source)?.name ?? result.source,
      });
      const piped = await this.deps.photos.importInto(
        draftDir,
        waiting.map((w) => ({ path: w.path, name: w.name })),
        {
          signal: controller.signal,
          overrides: this.deps.photoSettings(),
          onProgress: ({ result }) => {
            const entry = byPath.get(result.source);
            if (entry) report(entry.index, asRequested(result));
          },
        },
      );
      // Progress reported each result already; this only fills any gap (same path twice).
      piped.forEach((result, i) => (results[waiting[i].index] ??= asRequested(result)));
      return results.map((r, i) => r ?? { ok: false, source: files[i].name, error: cancelled(files[i].name) });
    } finally {
      this.batches.delete(batchId);
      await Promise.all(staged.map((file) => (file === undefined ? undefined : staging.remove(file))));
    }
  }

  /** Unknown or finished batches: nothing to do. */
  cancel(batchId: string): void {
    this.batches.get(batchId)?.abort();
  }

  /** Answers at once; `photos.changed` follows again when the renditions carry the change. */
  async update(draftId: string, photoId: string, changes: PhotoTextChanges): Promise<PhotoRecord> {
    const { bus } = this.deps;
    const photo = await this.deps.photos.update(await this.deps.drafts.folderOf(draftId), photoId, changes, {
      overrides: this.deps.photoSettings(),
      onRefreshed: (refreshed) => bus.publish('photos.changed', { draftId, photo: refreshed }),
    });
    bus.publish('photos.changed', { draftId, photo });
    return photo;
  }

  /** All or nothing on missing photos: every id is checked before the first is changed. */
  async updateMany(
    draftId: string,
    photoIds: string[],
    changes: Pick<PhotoTextChanges, 'credit' | 'copyright'>,
  ): Promise<PhotoRecord[]> {
    const draftDir = await this.deps.drafts.folderOf(draftId);
    for (const id of photoIds) {
      if (!(await this.deps.photos.record(draftDir, id)))
        throw new ServiceError('not_found', `No photo ${id} in this draft`);
    }
    const updated: PhotoRecord[] = [];
    for (const id of new Set(photoIds)) updated.push(await this.update(draftId, id, changes));
    return updated;
  }
}

const cancelled = (name: string) => photoErrors.cancelled(name).toResultError();
