import { wordsOf } from './words';

/**
 * Words the checker takes as right beyond its dictionaries (my dictionary, the outlet list, or
 * the words ignored in one story). An entry in lower case accepts any case ("nsmt"); one with
 * capitals only as written ("NSMT", "TTXVN"). A name of several words accepts each of them.
 */
export class AcceptedWords {
  private readonly words = new Set<string>();

  constructor(entries: readonly string[] = []) {
    this.add(entries);
  }

  /** Takes the entries in; returns the words that were not accepted before. */
  add(entries: readonly string[]): string[] {
    const added: string[] = [];
    for (const entry of entries) {
      for (const { word } of wordsOf(entry.normalize('NFC'))) {
        if (this.words.has(word)) continue;
        this.words.add(word);
        added.push(word);
      }
    }
    return added;
  }

  /** `word` in NFC, as the checker judges it. */
  has(word: string): boolean {
    return this.words.has(word) || this.words.has(word.toLowerCase());
  }
}
