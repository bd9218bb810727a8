import type { LexicalState } from '../../../shared/article/draft';
import { savedBlocks, type ArticleBlocks } from '../article/articleBlocks';
import { deepNfc, toNfc } from '../../../shared/text/nfc';
import { call } from '../api';
import { Autosaver } from './Autosaver';
import { clearJournal, journal } from './journal';
import { reportUnsaved } from './unsavedReport';

/** What one save stores: the draft as the person sees it right now. */
export interface DraftSnapshot {
  headline: string;
  body: LexicalState | null;
  bodyText: string;
  /** Section, subheadline, dateline, lead, byline, related links. */
  blocks: ArticleBlocks;
}

/**
 * Autosavers outlive their editor screen: leaving a draft whose save failed must not lose the
 * text, so its saver keeps it and keeps retrying until the store takes it.
 */
const savers = new Map<string, Autosaver<DraftSnapshot>>();

/**
 * This page's typing session: the store makes its saves in a row one version in the history.
 * Per page, so another tab's or a reloaded page's typing is a version of its own.
 */
const typingSession = crypto.randomUUID();

/** `ownVersion`: kept as a version of its own (a text offered back), never merged with typing. */
export async function store(id: string, snapshot: DraftSnapshot, ownVersion = false): Promise<Date> {
  const { draft } = await call(
    window.newsdesk.drafts.save({
      id,
      headline: toNfc(snapshot.headline),
      body: snapshot.body === null ? null : deepNfc(snapshot.body),
      bodyText: toNfc(snapshot.bodyText),
      ...savedBlocks(snapshot.blocks),
      ...(ownVersion ? {} : { session: typingSession }),
    }),
  );
  return new Date(draft.updatedAt);
}

export function autosaverFor(id: string, lastSaved: Date): Autosaver<DraftSnapshot> {
  let saver = savers.get(id);
  if (!saver) {
    const created = new Autosaver<DraftSnapshot>({
      initial: { kind: 'saved', at: lastSaved },
      save: (snapshot) => {
        // Journaled before it is sent: if the answer never comes, the text is still in the page.
        journal(id, snapshot);
        return store(id, snapshot);
      },
    });
    // Acknowledged and nothing typed since: the journal has done its job.
    created.subscribe((state) => {
      if (state.kind === 'saved' && created.clean) clearJournal(id);
      // Every change of a saver's cleanliness comes with a state change: tell main what is left.
      reportUnsaved([...savers.values()].some((saver) => !saver.clean));
    });
    saver = created;
    savers.set(id, saver);
  }
  return saver;
}

/** An editor (re)takes this saver: make sure it is the one registered for the draft. */
export function adopt(id: string, saver: Autosaver<DraftSnapshot>, source: () => DraftSnapshot): void {
  savers.set(id, saver);
  saver.attach(source);
}

/** The editor closed: save what is left, then forget the saver once nothing is unsaved. */
export function release(id: string, saver: Autosaver<DraftSnapshot>): void {
  saver.detach();
  const forgetIfDone = (): boolean => {
    if (saver.attached) return true;
    if (!saver.clean) return false;
    if (savers.get(id) === saver) savers.delete(id);
    return true;
  };
  if (forgetIfDone()) return;
  const stop = saver.subscribe(() => {
    if (forgetIfDone()) stop();
  });
}

/** Saves every draft with unsaved text now: the window is losing focus or going away. */
export function flushAll(): void {
  journalAll();
  for (const saver of savers.values()) void saver.flush();
}

/** Puts every draft's unacknowledged text in the journal (synchronous: safe in pagehide). */
export function journalAll(): void {
  for (const [id, saver] of savers) {
    const pending = saver.pending();
    if (pending) journal(id, pending);
  }
}

/** True when some text could not be stored: its last save failed and it is still retrying. */
export function hasFailedSaves(): boolean {
  return [...savers.values()].some((saver) => saver.state.kind === 'failed' && !saver.clean);
}

/**
 * A closing window first saves what is pending (a save started now still reaches the store: the
 * web bridge uses keepalive, Electron waits for it before quitting). If text could not be saved,
 * the page objects, so the browser (or Electron's prompt in main) asks before anything is lost.
 */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  flushAll();
  if (hasFailedSaves()) event.preventDefault();
}

/** Best effort: a closing page may not finish the request, but most of the time it does. */
export function flushWhenLeaving(): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushAll();
  };
  window.addEventListener('blur', flushAll);
  window.addEventListener('pagehide', flushAll);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    window.removeEventListener('blur', flushAll);
    window.removeEventListener('pagehide', flushAll);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHidden);
  };
}

/** Text of a draft that a closed editor left unsaved (still retrying), if any. */
export function unsavedSnapshotOf(id: string): DraftSnapshot | null {
  return savers.get(id)?.unsaved ?? null;
}
