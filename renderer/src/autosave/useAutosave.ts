import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SaveState } from './Autosaver';
import { dropOffer, journal, takeOffer, type JournalEntry } from './journal';
import { adopt, autosaverFor, release, store, type DraftSnapshot } from './registry';

/** How often, at most, typing is copied into the unsaved journal. */
const JOURNAL_EVERY_MS = 500;

export interface Autosave {
  state: SaveState;
  /** Call after every edit. */
  changed(): void;
  retry(): void;
  /** Stores what is pending now; resolves to true once nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** A version stored by other means (a restored revision) is now the saved one. */
  acceptStored(at: Date): void;
  /** Text an earlier page left unsaved, differing from what is shown: offered, never merged. */
  offer: JournalEntry | null;
  /** Stores the current text, then the offered one as the newest version, and reopens the draft. */
  restoreOffer(): Promise<void>;
  dismissOffer(): void;
}

/**
 * Background saving for the open draft. `source` is read at save time and must return the
 * latest text (read it from refs, not from render-time values).
 */
export function useAutosave(id: string, lastSaved: Date, source: () => DraftSnapshot): Autosave {
  // lastSaved only seeds a new saver; an existing one (unsaved text from before) keeps its state.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the saver belongs to the draft id alone
  const saver = useMemo(() => autosaverFor(id, lastSaved), [id]);

  useEffect(() => {
    adopt(id, saver, source);
    return () => release(id, saver);
  }, [id, saver, source]);

  const subscribe = useCallback((onChange: () => void) => saver.subscribe(onChange), [saver]);
  const state = useSyncExternalStore(subscribe, () => saver.state);

  // Read once as the draft opens, against the text it opens with.
  const [offer, setOffer] = useState(() => takeOffer(id, source()));
  const journalTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (journalTimer.current) clearTimeout(journalTimer.current);
    },
    [],
  );

  // Stable callbacks: the body editor re-registers its change listener whenever they change.
  const changed = useCallback(() => {
    saver.changed();
    journalTimer.current ??= setTimeout(() => {
      journalTimer.current = null;
      const pending = saver.pending();
      if (pending) journal(id, pending);
    }, JOURNAL_EVERY_MS);
  }, [saver, id]);
  const retry = useCallback(() => void saver.retry(), [saver]);
  const flush = useCallback(async () => {
    await saver.flush();
    return saver.clean;
  }, [saver]);
  const acceptStored = useCallback((at: Date) => saver.acceptStored(at), [saver]);
  const restoreOffer = useCallback(async () => {
    if (!offer) return;
    // What is on screen goes into the history first: restoring loses neither version.
    await saver.flush();
    await store(id, offer.snapshot, true);
    dropOffer(id);
    window.location.reload();
  }, [saver, id, offer]);
  const dismissOffer = useCallback(() => {
    dropOffer(id);
    setOffer(null);
  }, [id]);
  return { state, changed, retry, flush, acceptStored, offer, restoreOffer, dismissOffer };
}
