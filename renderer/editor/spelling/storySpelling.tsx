import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_SPELLING_SETTINGS, type SpellingSettings } from '../../../shared/contract/spellingSettings';
import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import { useCodeTable } from '../../ui/codeTable';

/**
 * What the plain fields of one story (headline, subheadline, lead, captions) are checked by: the
 * story's language and the words ignored in it. A field outside a story (settings, search) has
 * no provider above it and is not checked.
 */
export interface StorySpelling {
  language: StoryLanguage;
  ignored: readonly string[];
  ignore: (word: string) => void;
}

const StorySpellingContext = createContext<StorySpelling | null>(null);

export function useStorySpelling(): StorySpelling | null {
  return useContext(StorySpellingContext);
}

export interface StorySpellingProviderProps {
  language: StoryLanguage;
  /** The words ignored in the story as the draft keeps them; without it, kept while the story is open. */
  ignored?: readonly string[];
  /** Called with a word to ignore when `ignored` is the draft's (the draft saves it). */
  onIgnore?: (word: string) => void;
  children: ReactNode;
}

/** One per open draft: "Ignore in this story" in one field holds for every field of the story. */
export function StorySpellingProvider({ language, ignored: kept, onIgnore, children }: StorySpellingProviderProps) {
  const [own, setOwn] = useState<readonly string[]>([]);
  const ignored = kept ?? own;
  const ignore = useCallback(
    (word: string) =>
      onIgnore ? onIgnore(word) : setOwn((words) => (words.includes(word) ? words : [...words, word])),
    [onIgnore],
  );
  const value = useMemo(() => ({ language, ignored, ignore }), [language, ignored, ignore]);
  return <StorySpellingContext.Provider value={value}>{children}</StorySpellingContext.Provider>;
}

/** The spelling settings and the words the checker accepts, in the order the body sends them. */
export function useAcceptedWords(ignored: readonly string[]): {
  spelling: SpellingSettings;
  accepted: readonly string[];
  /** The settings have come: until then the desk's lists are unknown and nothing is marked. */
  ready: boolean;
} {
  const { settings } = useCodeTable();
  const spelling = settings?.spelling ?? DEFAULT_SPELLING_SETTINGS;
  const accepted = useMemo(
    () => [...spelling.personal, ...spelling.outlet, ...ignored],
    [spelling.personal, spelling.outlet, ignored],
  );
  return { spelling, accepted, ready: settings !== null };
}

/** "Add to my dictionary": the personal list in the settings, kept across stories and restarts. */
export function addToMyDictionary(spelling: SpellingSettings, word: string): void {
  const personal = [...new Set([...spelling.personal, word])];
  window.newsdesk.settings
    .update({ spelling: { ...spelling, personal } })
    .then((result) => result.ok || console.warn('[newsdesk] word not added', result.error))
    .catch((error: unknown) => console.warn('[newsdesk] word not added', error));
}
