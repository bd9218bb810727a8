import nspell from 'nspell';
import { parseSyllable } from '../syllable';
import { spell, type TonePlacement } from '../telex/placement';
import { AcceptedWords } from './acceptedWords';
import { markVariants } from './vietnameseCandidates';
import { wordsOf, type WordAt } from './words';

/** Hunspell files as text (.aff, .dic), as the worker loads them from the bundle. */
export interface HunspellFiles {
  aff: string;
  dic: string;
}
export type StoryLanguage = 'vi' | 'en';

type Checker = ReturnType<typeof nspell>;

/** Letters only Vietnamese writes: a word with one is checked as Vietnamese in any story. */
const VIETNAMESE_MARKED = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const SUGGESTIONS = 6;

/** The syllable with its tone on the other vowel where the two placements differ (hoà ↔ hòa). */
function placements(word: string): string[] {
  const syllable = parseSyllable(word.toLowerCase());
  if (!syllable || !syllable.tone) return [];
  return [spell(syllable, 'new'), spell(syllable, 'old')];
}

function caseLike(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/**
 * Vietnamese and English hunspell dictionaries (nspell) with the desk's own words. A Vietnamese
 * story is checked syllable by syllable, both tone placements are right (the dictionary has one:
 * "hoà"; "hòa" is looked up as "hoà"), and an English word in it is not a mistake. An English
 * story accepts Vietnamese names written with their marks ("Cần Thơ").
 */
export class Speller {
  private readonly vi: Checker;
  private readonly en: Checker;
  private accepted = new AcceptedWords();
  private readonly verdicts = new Map<string, boolean>();

  constructor(files: Record<StoryLanguage, HunspellFiles>) {
    this.vi = nspell(files.vi.aff, files.vi.dic);
    this.en = nspell(files.en.aff, files.en.dic);
  }

  /**
   * The words the desk accepts (personal list, outlet list), replacing the ones before: every
   * verdict is judged again. See AcceptedWords for how an entry is read.
   */
  setAcceptedWords(entries: readonly string[]): void {
    this.accepted = new AcceptedWords(entries);
    this.verdicts.clear();
  }

  /**
   * More words the desk accepts ("Add to my dictionary"), without starting over: a new word can
   * only turn "wrong" into "right", so only those verdicts go; the rest of the cache stays.
   */
  acceptWords(entries: readonly string[]): void {
    if (this.accepted.add(entries).length === 0) return;
    for (const [key, right] of this.verdicts) {
      if (!right && this.accepted.has(key.slice(key.indexOf('\u0000') + 1).normalize('NFC'))) this.verdicts.delete(key);
    }
  }

  /** How many verdicts are remembered: what a change of the accepted words costs to judge again. */
  get knownVerdicts(): number {
    return this.verdicts.size;
  }

  isCorrect(word: string, language: StoryLanguage): boolean {
    const key = `${language}\u0000${word}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.judge(word.normalize('NFC'), language);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /**
   * The words of `text` that are misspelt, with their offsets. `ignored` (the words ignored in
   * one story) is a filter over the verdicts, so another story's list never touches the cache.
   */
  misspellings(text: string, language: StoryLanguage, ignored?: AcceptedWords): WordAt[] {
    return wordsOf(text).filter(({ word }) => !this.isCorrect(word, language) && !ignored?.has(word.normalize('NFC')));
  }

  /** Likely corrections, best first, in the reporter's tone placement and the word's case. */
  suggest(word: string, language: StoryLanguage, placement: TonePlacement): string[] {
    const nfc = word.normalize('NFC');
    const vietnamese = language === 'vi' || VIETNAMESE_MARKED.test(nfc);
    const english = language === 'en' || !VIETNAMESE_MARKED.test(nfc);
    const found = [
      ...(vietnamese ? markVariants(nfc).filter((w) => this.vi.correct(w)) : []),
      ...(vietnamese ? this.vi.suggest(nfc) : []),
      ...(english ? this.en.suggest(nfc) : []),
    ].map((suggestion) => this.placed(nfc, suggestion, placement));
    return [...new Set(found)].filter((s) => s !== nfc).slice(0, SUGGESTIONS);
  }

  private placed(typed: string, suggestion: string, placement: TonePlacement): string {
    const syllable = parseSyllable(suggestion.toLowerCase());
    if (!syllable || !syllable.tone || suggestion.includes(' ')) return suggestion;
    return caseLike(typed, spell(syllable, placement));
  }

  private judge(word: string, language: StoryLanguage): boolean {
    if (this.accepted.has(word)) return true;
    const vietnamese = () => this.vi.correct(word) || placements(word).some((w) => this.vi.correct(w));
    if (language === 'vi') return vietnamese() || this.en.correct(word);
    return this.en.correct(word) || (VIETNAMESE_MARKED.test(word) && vietnamese());
  }
}
