import type { z } from 'zod';
import type { StoreReportSchema } from '../../../shared/contract/app';
import path from 'node:path';
import { isTempName, mapLimit } from '../storage';
import type { DraftStore } from './DraftStore';
import { checkStoreFormat, lockDataFolder, unlockDataFolder } from './storeMeta';

/** What opening found: the contract's store report (app.status), plus counts for the log and tests. */
export type OpenReport = z.infer<typeof StoreReportSchema> & {
  checked: number;
  purgedFromTrash: string[];
};

/** An opened store: the list is usable now; search and the full check may still be running. */
export interface Opened {
  /** Resolves once the search words are there for every draft. */
  searchReady: Promise<void>;
  /** Resolves once every draft was checked; rejects if that check failed. */
  report: Promise<OpenReport>;
}

/**
 * Opens the data folder: refuses a newer format and takes the folder. After a crash, or without
 * a usable index, it checks every draft before answering; otherwise the list is ready at once
 * from the index and every draft is checked in the background (`report` waits for that).
 */
export async function openStore(store: DraftStore): Promise<Opened> {
  const { fs, index, dataDir } = store;
  await fs.mkdir(store.draftsDir, { recursive: true });
  const metaNotes = await checkStoreFormat(dataDir, fs, store.now());
  const { crashed, notes: lockNotes } = await lockDataFolder(dataDir, fs);
  // The folder is ours now: what a killed writer left in the root (index/words temp files) goes.
  const swept = (await sweepTemps(store, dataDir)) + (await sweepTemps(store, store.draftsDir));
  const indexed = await index.load();
  const ids = await draftIds(store);
  const present = new Set(ids);
  for (const id of [...index.entries.keys()]) if (!present.has(id)) index.remove(id);
  const report: OpenReport = {
    crashed,
    checked: 0,
    recovered: [],
    unreadable: [],
    notes: [...metaNotes, ...lockNotes],
    purgedFromTrash: [],
  };
  const tidy = { leftovers: swept, emptyDrafts: 0 };
  const checkAll = () => check(store, ids, report, { all: true, leftovers: crashed }, tidy);
  let checked: Promise<void>;
  let searchReady: Promise<void>;
  if (crashed || !indexed) {
    await checkAll();
    checked = searchReady = Promise.resolve();
  } else {
    await check(
      store,
      ids.filter((id) => !index.entries.has(id)),
      report,
      { all: true, leftovers: false },
      tidy,
    );
    checked = check(store, ids, report, { all: false, leftovers: false }, tidy);
    // words.json that does not match index.json: re-read every draft for search.
    searchReady = index.wordsReady().then((ok) => (ok ? undefined : checkAll()));
  }
  report.purgedFromTrash = await store.trashBin.purge(store.now());
  const done = Promise.all([checked, searchReady]).then(async () => {
    await index.flush();
    if (tidy.leftovers > 0) report.notes.push({ code: 'leftovers_removed', detail: { count: tidy.leftovers } });
    if (tidy.emptyDrafts > 0) report.notes.push({ code: 'empty_drafts_removed', detail: { count: tidy.emptyDrafts } });
    return report;
  });
  // Surfaced through `report`; a failure here must not go unhandled.
  done.catch(() => undefined);
  return { searchReady, report: done };
}

/** Waits for the background check and every write, saves the index, releases the folder. */
export async function closeStore(store: DraftStore, opened: Opened | null): Promise<void> {
  await opened?.report.catch(() => undefined);
  await store.writes.idle();
  await store.index.flush();
  await unlockDataFolder(store.dataDir, store.fs);
}

/** Draft folders: every entry of drafts/ but hidden ones (temp files, .DS_Store). */
async function draftIds(store: DraftStore): Promise<string[]> {
  return (await store.fs.readdir(store.draftsDir)).filter((n) => !n.startsWith('.'));
}

/** Removes temp files (and staging folders) of interrupted atomic writes directly in `dir`. */
async function sweepTemps(store: DraftStore, dir: string): Promise<number> {
  const names = (await store.fs.readdir(dir).catch(() => [] as string[])).filter(isTempName);
  for (const name of names) await store.fs.rm(path.join(dir, name), { recursive: true, force: true });
  return names.length;
}

/** What the check tidied away, for the report's notes. */
interface Tidy {
  leftovers: number;
  emptyDrafts: number;
}

/** Checks drafts whose file changed since they were indexed (or all of them). */
function check(
  store: DraftStore,
  ids: string[],
  report: OpenReport,
  how: { all: boolean; leftovers: boolean },
  tidy: Tidy,
): Promise<void> {
  return mapLimit(ids, 16, (id) =>
    store.writes.run(id, async () => {
      const folder = store.folder(id);
      if (how.leftovers) tidy.leftovers += await folder.removeLeftovers();
      if (!store.index.entries.has(id) && (await folder.isEmptyLeftover())) {
        // A "New draft" killed between its folder and its first file: nothing was ever saved.
        await store.fs.rm(folder.dir, { recursive: true, force: true });
        tidy.emptyDrafts++;
        return;
      }
      if (!how.all) {
        const stat = await store.fs.stat(folder.latestPath).catch(() => null);
        const entry = store.index.entries.get(id);
        if (stat && entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) return;
      }
      report.checked++;
      await store.loadInto(folder, id, report);
    }),
  );
}

/** The reporter has read the recovery notice: it goes, and the list stops flagging the draft. */
export function dismissRecovery(store: DraftStore, id: string): Promise<void> {
  const folder = store.folder(id);
  return store.writes.run(id, async () => {
    await folder.dismissNotice();
    await store.indexDraft(folder, await store.readCurrent(id));
  });
}
