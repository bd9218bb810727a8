import type { Draft, DraftListItem, RevisionInfo } from '../../../shared/article/draft';
import { countWords } from '../../../shared/format/words';
import { ServiceError } from '../errors';
import type { DraftFolder } from './DraftFolder';
import type { DraftStore } from './DraftStore';

/** Every kept revision of a draft, newest first; a damaged one is left out. */
export async function history(store: DraftStore, id: string): Promise<RevisionInfo[]> {
  const folder = store.folder(id);
  const infos: RevisionInfo[] = [];
  for (const ref of await folder.revisions()) {
    const decoded = await folder.readRevision(ref);
    if (!decoded.ok) continue;
    const { revision, updatedAt, headline, bodyText } = decoded.draft;
    // Counted as the editor counts (syllables with a letter or digit; a lone "–" is no word).
    infos.push({ revision, savedAt: updatedAt, headline, words: countWords(bodyText) });
  }
  return infos;
}

/** One kept revision as it was saved, for a preview; restoring it is `restoreRevision`. */
export function savedRevision(store: DraftStore, id: string, revision: number): Promise<Draft> {
  return findRevision(store.folder(id), id, revision);
}

/** Restoring is itself a new revision: nothing is overwritten. */
export function restoreRevision(store: DraftStore, id: string, revision: number): Promise<DraftListItem> {
  return store.writes.run(id, async () => {
    const saved = await findRevision(store.folder(id), id, revision);
    const current = await store.readCurrent(id);
    // Everything the reporter wrote comes back; id, creation time and status stay the store's.
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, status: _s, ...written } = saved;
    return store.writeNext(current, written);
  });
}

/** The one lookup of a kept revision by number, for the preview and the restore alike. */
async function findRevision(folder: DraftFolder, id: string, revision: number): Promise<Draft> {
  const ref = (await folder.revisions()).find((r) => r.revision === revision);
  const decoded = ref ? await folder.readRevision(ref) : null;
  if (!decoded?.ok) throw new ServiceError('not_found', `Revision ${revision} of draft ${id} is not available`);
  return decoded.draft;
}
