import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import type { TonePlacement } from '../../../shared/text/telex/placement';

/**
 * The desk's accepted words (my dictionary, the outlet list, words added this session) as the
 * worker is to hold them from `version` on. The outlet list may hold 50,000 entries, so it
 * crosses once; after that only what was added crosses, unless something was taken out.
 */
export type DeskWordsChange =
  | { version: number; kind: 'replace'; words: readonly string[] }
  | { version: number; kind: 'add'; words: readonly string[] };

/** What the page asks the spelling worker. Each request carries an id its reply repeats. */
export type SpellRequest =
  | {
      id: number;
      kind: 'check';
      language: StoryLanguage;
      /** Absent: the desk's words are the ones the worker holds. */
      desk?: DeskWordsChange;
      /** Ignored in this story: a filter over the verdicts, small, sent with every check. */
      ignored: readonly string[];
      texts: readonly string[];
    }
  | { id: number; kind: 'suggest'; language: StoryLanguage; word: string; placement: TonePlacement };

/** A misspelt word in one of the texts: UTF-16 offsets, as DOM Ranges count. */
export interface Misspelling {
  start: number;
  end: number;
  word: string;
}

export type SpellReply =
  | { id: number; kind: 'checked'; misspellings: Misspelling[][] }
  | { id: number; kind: 'suggested'; words: string[] }
  | { id: number; kind: 'failed'; message: string };
