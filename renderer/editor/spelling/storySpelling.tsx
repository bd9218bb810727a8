import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StoryLanguage } from '../../../shared/text/spelling/speller';

/**
 * What the body and the plain fields of one story (headline, subheadline, lead, captions) are
 * checked by: the story's language and the words ignored in it (a per-story filter; the desk's
 * words, shared by every story, are deskWords.ts). A field outside a story (settings, search) has
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

/**
 * A story's ignored words: `kept` and `onIgnore` when the draft keeps them, else words kept while
 * the caller is mounted (a story provider without a draft, a body editor without a provider).
 */
export function useIgnoredWordList(
  kept: readonly string[] | undefined,
  onIgnore?: (word: string) => void,
): { ignored: readonly string[]; ignore: (word: string) => void } {
  const [own, setOwn] = useState<readonly string[]>([]);
  const ignore = useCallback(
    (word: string) =>
      onIgnore ? onIgnore(word) : setOwn((words) => (words.includes(word) ? words : [...words, word])),
    [onIgnore],
  );
  return { ignored: kept ?? own, ignore };
}

/** One per open draft: "Ignore in this story" in one field holds for every field of the story. */
export function StorySpellingProvider({ language, ignored: kept, onIgnore, children }: StorySpellingProviderProps) {
  const { ignored, ignore } = useIgnoredWordList(kept, onIgnore);
  const value = useMemo(() => ({ language, ignored, ignore }), [language, ignored, ignore]);
  return <StorySpellingContext.Provider value={value}>{children}</StorySpellingContext.Provider>;
}
