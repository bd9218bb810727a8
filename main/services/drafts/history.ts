import type { Draft, DraftListItem, RevisionInfo } from '../../../shared/article/draft';
import { countWords } from '../../../shared/format/words';
import { toNfc } from '../../../shared/text/nfc';
import { ServiceError, storageError } from '../errors';
import type { DraftFolder } from './DraftFolder';
import type { DraftStore } from './DraftStore';
import { readMarks, updateMarks, type VersionMarks } from './versionMarks';

/** Every kept revision of a draft, newest first, with its name; a damaged one is left out. */
export async function history(store: DraftStore, id: string): Promise<RevisionInfo[]> {
  const folder = store.folder(id);
  const { marks } = await readMarks(store.fs, folder.dir);
  const infos: RevisionInfo[] = [];
  for (const ref of await folder.revisions()) {
    const decoded = await folder.readRevision(ref);
    if (!decoded.ok) continue;
    infos.push(infoOf(decoded.draft, marks));
  }
  return infos;
}

function infoOf(draft: Draft, marks: VersionMarks): RevisionInfo {
  const { revision, updatedAt, headline, bodyText, status } = draft;
  const key = String(revision);
  return {
    revision,
    savedAt: updatedAt,
    headline,
    // Counted as the editor counts (syllables with a letter or digit; a lone "–" is no word).
    words: countWords(bodyText),
    name: marks.names[key]?.name ?? null,
    finished: status === 'finished',
    restoredFrom: marks.restores[key] ?? null,
  };
}

/** One kept revision as it was saved, for a preview; restoring it is `restoreRevision`. */
export function savedRevision(store: DraftStore, id: string, revision: number): Promise<Draft> {
  return findRevision(store.folder(id), id, revision);
}

/**
 * Restoring is itself a new revision: nothing is overwritten. Writing it ends any typing burst,
 * so the version before the restore and the restore itself both stay in the history.
 */
export function restoreRevision(store: DraftStore, id: string, revision: number): Promise<DraftListItem> {
  return store.writes.run(id, async () => {
    const folder = store.folder(id);
    const saved = await findRevision(folder, id, revision);
    const current = await store.readCurrent(id);
    // Everything the reporter wrote comes back; id, creation time and status stay the store's.
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, status: _s, ...written } = saved;
    const item = await store.writeNext(current, written);
    // Only the history's words hang on this mark: a crash before it loses "restored from", no text.
    await updateMarks(store.fs, folder.dir, store.fsync, (marks) => {
      marks.restores[String(item.revision)] = revision;
    }).catch(() => undefined);
    store.publish(id);
    return item;
  });
}

/**
 * Names a kept revision ("sent to desk", "before legal"), or renames it; without a revision, the
 * current one. A named revision is never pruned, and typing after it starts a new version.
 */
export function nameRevision(
  store: DraftStore,
  id: string,
  revision: number | undefined,
  name: string,
): Promise<RevisionInfo> {
  return store.writes.run(id, async () => {
    const folder = store.folder(id);
    const target = revision ?? (await store.readCurrent(id)).revision;
    const saved = await findRevision(folder, id, target);
    const marks = await updateMarks(store.fs, folder.dir, store.fsync, (m) => {
      m.names[String(target)] = { name: toNfc(name.trim()), namedAt: store.now().toISOString() };
    }).catch((error: unknown) => {
      throw error instanceof ServiceError ? error : storageError('The version was not named', error);
    });
    store.endBurst(id);
    // Other windows' history panels list the name too.
    store.publish(id);
    return infoOf(saved, marks);
  });
}

/** The one lookup of a kept revision by number, for the preview and the restore alike. */
async function findRevision(folder: DraftFolder, id: string, revision: number): Promise<Draft> {
  const ref = (await folder.revisions()).find((r) => r.revision === revision);
  const decoded = ref ? await folder.readRevision(ref) : null;
  if (!decoded?.ok) throw new ServiceError('not_found', `Revision ${revision} of draft ${id} is not available`);
  return decoded.draft;
}
