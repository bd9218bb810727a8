import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import type { TonePlacement } from '../../../shared/text/telex/placement';
import type { Misspelling, SpellReply, SpellRequest } from './protocol';

type Ask =
  | { kind: 'check'; language: StoryLanguage; accepted: readonly string[]; texts: readonly string[] }
  | {
      kind: 'suggest';
      language: StoryLanguage;
      word: string;
      placement: TonePlacement;
    };

/**
 * The page's side of the spelling worker: one worker for the whole app (the dictionaries are
 * compiled once), started on first use; requests are promises matched to replies by id.
 */
class SpellClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (reply: SpellReply) => void; reject: (e: Error) => void }>();

  private ask(request: Ask): Promise<SpellReply> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
      this.worker.onmessage = (event: MessageEvent<SpellReply>) => {
        const waiter = this.waiting.get(event.data.id);
        this.waiting.delete(event.data.id);
        if (event.data.kind === 'failed') waiter?.reject(new Error(event.data.message));
        else waiter?.resolve(event.data);
      };
      this.worker.onerror = (event) => {
        for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message || 'spelling worker failed'));
        this.waiting.clear();
      };
    }
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies SpellRequest);
    });
  }

  async check(
    language: StoryLanguage,
    accepted: readonly string[],
    texts: readonly string[],
  ): Promise<Misspelling[][]> {
    const reply = await this.ask({ kind: 'check', language, accepted, texts });
    return reply.kind === 'checked' ? reply.misspellings : [];
  }

  async suggest(language: StoryLanguage, word: string, placement: TonePlacement): Promise<string[]> {
    const reply = await this.ask({ kind: 'suggest', language, word, placement });
    return reply.kind === 'suggested' ? reply.words : [];
  }
}

export const spellClient = new SpellClient();
