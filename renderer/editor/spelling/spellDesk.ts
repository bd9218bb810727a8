import { AcceptedWords } from '../../../shared/text/spelling/acceptedWords';
import type { Speller } from '../../../shared/text/spelling/speller';
import type { DeskWordsChange, SpellReply, SpellRequest } from './protocol';

type DeskSpeller = Pick<Speller, 'setAcceptedWords' | 'acceptWords' | 'misspellings' | 'suggest'>;

/**
 * What the spelling worker does with a request, without the worker: the body and every plain
 * field of every open story ask the same speller, so the desk's words are held once, by version,
 * and changed only when the page says they changed; the words ignored in a story are only a
 * filter, so alternating between stories, or between the body and a field, costs nothing.
 */
export class SpellDesk {
  private speller: DeskSpeller | null = null;
  /** The version of the desk's words the speller holds; 0: none yet. */
  private version = 0;
  private ignored = { key: '', words: new AcceptedWords() };

  /** `start` compiles the dictionaries: only on the first request, so the page never waits for it. */
  constructor(private readonly start: () => DeskSpeller) {}

  answer(request: SpellRequest): SpellReply {
    const speller = (this.speller ??= this.start());
    if (request.kind === 'suggest') {
      return {
        id: request.id,
        kind: 'suggested',
        words: speller.suggest(request.word, request.language, request.placement),
      };
    }
    if (request.desk) this.take(speller, request.desk);
    const ignored = this.ignoredOf(request.ignored);
    return {
      id: request.id,
      kind: 'checked',
      misspellings: request.texts.map((text) =>
        speller.misspellings(text, request.language, ignored).map(({ start, end, word }) => ({ start, end, word })),
      ),
    };
  }

  private take(speller: DeskSpeller, change: DeskWordsChange): void {
    // Already held (a request sent twice): taking it again would only cost.
    if (change.version === this.version) return;
    if (change.kind === 'replace') speller.setAcceptedWords(change.words);
    else speller.acceptWords(change.words);
    this.version = change.version;
  }

  /** A story's ignored words are few; rebuilt only when the list asked with is another. */
  private ignoredOf(entries: readonly string[]): AcceptedWords {
    const key = entries.join('\n');
    if (key !== this.ignored.key) this.ignored = { key, words: new AcceptedWords(entries) };
    return this.ignored.words;
  }
}
