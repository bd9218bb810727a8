import type { DraftListItem } from '../../../shared/article/draft';
import { ServiceError, storageError } from '../errors';
import type { DraftStore } from './DraftStore';

/** Moves a draft, whole (photos and revisions too), to the trash; the list forgets it. */
export function moveToTrash(store: DraftStore, id: string): Promise<void> {
  return store.writes.run(id, async () => {
    await store.readCurrent(id);
    store.forget(id);
    try {
      await store.trashBin.put(id, store.folder(id).dir, store.now());
    } catch (error) {
      throw storageError('The draft could not be moved to the trash', error);
    }
    store.index.remove(id);
    store.publishRemoved(id);
  });
}

/** Brings a trashed draft back to the list, never over a draft with the same id. */
export function restoreFromTrash(store: DraftStore, id: string): Promise<DraftListItem> {
  return store.writes.run(id, async () => {
    const folder = store.folder(id);
    if (await store.fs.stat(folder.dir).catch(() => null)) {
      throw new ServiceError('conflict', `A draft with id ${id} already exists`);
    }
    await store.trashBin.take(id, folder.dir).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? new ServiceError('not_found', `No draft with id ${id} in the trash`)
        : storageError('The draft could not be restored', error);
    });
    const draft = await store.loadInto(folder, id);
    if (!draft) throw new ServiceError('storage_failed', 'The restored draft could not be read');
    store.publish(id);
    return store.index.entries.get(id)!.item;
  });
}
