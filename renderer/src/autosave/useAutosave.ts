import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SaveState } from './Autosaver';
import { adopt, autosaverFor, release, type DraftSnapshot } from './registry';

export interface Autosave {
  state: SaveState;
  /** Call after every edit. */
  changed(): void;
  retry(): void;
  /** Stores what is pending now; resolves to true once nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** A version stored by other means (a restored revision) is now the saved one. */
  acceptStored(at: Date): void;
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

  // Stable callbacks: the body editor re-registers its change listener whenever they change.
  const changed = useCallback(() => saver.changed(), [saver]);
  const retry = useCallback(() => void saver.retry(), [saver]);
  const flush = useCallback(async () => {
    await saver.flush();
    return saver.clean;
  }, [saver]);
  const acceptStored = useCallback((at: Date) => saver.acceptStored(at), [saver]);
  return { state, changed, retry, flush, acceptStored };
}
