import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_SPELLING_SETTINGS, type SpellingSettings } from '../../../shared/contract/spellingSettings';
import { useCodeTable } from '../../ui/codeTable';

/**
 * The one list of words the desk accepts, for the body and every plain field alike: my
 * dictionary, the outlet list, and the words added to my dictionary in this session that the
 * settings have not come back with yet (so a word added from a headline is accepted in the body
 * at once). One list, one identity: the spell client tells the worker only when it changed.
 */
let added: readonly string[] = [];
const listeners = new Set<() => void>();
const tell = () => listeners.forEach((listener) => listener());

export const addedThisSession = {
  words: (): readonly string[] => added,
  add(word: string): void {
    if (added.includes(word)) return;
    added = [...added, word];
    tell();
  },
  /** The settings came back with them: from now on my dictionary decides (a removal there holds). */
  confirmed(personal: readonly string[]): void {
    const still = added.filter((word) => !personal.includes(word));
    if (still.length === added.length) return;
    added = still;
    tell();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let last: {
  personal: readonly string[];
  outlet: readonly string[];
  added: readonly string[];
  list: readonly string[];
} | null = null;

/** The same inputs give the same array, whoever asks, so the body and the fields share it. */
export function deskWordsOf(
  personal: readonly string[],
  outlet: readonly string[],
  addedNow: readonly string[],
): readonly string[] {
  if (last?.personal === personal && last.outlet === outlet && last.added === addedNow) return last.list;
  last = { personal, outlet, added: addedNow, list: [...personal, ...outlet, ...addedNow] };
  return last.list;
}

/** The spelling settings and the desk's words, for a checker of the body or of a field. */
export function useDeskWords(): {
  spelling: SpellingSettings;
  desk: readonly string[];
  /** The settings have come: until then the desk's lists are unknown and nothing is marked. */
  ready: boolean;
} {
  const { settings } = useCodeTable();
  const spelling = settings?.spelling ?? DEFAULT_SPELLING_SETTINGS;
  const addedNow = useSyncExternalStore(addedThisSession.subscribe, addedThisSession.words);
  useEffect(() => addedThisSession.confirmed(spelling.personal), [spelling.personal]);
  return { spelling, desk: deskWordsOf(spelling.personal, spelling.outlet, addedNow), ready: settings !== null };
}

/** "Add to my dictionary": accepted at once everywhere, and kept in the settings across stories and restarts. */
export function addToMyDictionary(spelling: SpellingSettings, word: string): void {
  addedThisSession.add(word);
  const personal = [...new Set([...spelling.personal, word])];
  window.newsdesk.settings
    .update({ spelling: { ...spelling, personal } })
    .then((result) => result.ok || console.warn('[newsdesk] word not added', result.error))
    .catch((error: unknown) => console.warn('[newsdesk] word not added', error));
}
