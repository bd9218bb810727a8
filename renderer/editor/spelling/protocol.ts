import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import type { TonePlacement } from '../../../shared/text/telex/placement';

/** What the page asks the spelling worker. Each request carries an id its reply repeats. */
export type SpellRequest =
  | { id: number; kind: 'check'; language: StoryLanguage; accepted: readonly string[]; texts: readonly string[] }
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
