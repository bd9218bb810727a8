import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import type { TonePlacement } from '../../../shared/text/telex/placement';
import { DeskWordsOutbox } from './deskWordsOutbox';
import type { Misspelling, SpellReply, SpellRequest } from './protocol';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Ask = DistributiveOmit<SpellRequest, 'id'>;

/** The part of a Worker the client uses: a test passes the worker's core (SpellDesk) instead. */
export interface SpellWorkerPort {
  postMessage(request: SpellRequest): void;
  onmessage: ((event: MessageEvent<SpellReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What a check is asked with: the desk's words (deskWords.ts) and the story's ignored words. */
export interface CheckWith {
  language: StoryLanguage;
  desk: readonly string[];
  ignored: readonly string[];
}

/**
 * The page's side of the spelling worker: one worker for the whole app (the dictionaries are
 * compiled once), started on first use; requests are promises matched to replies by id.
 */
export class SpellClient {
  private worker: SpellWorkerPort | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (reply: SpellReply) => void; reject: (e: Error) => void }>();
  private readonly desk = new DeskWordsOutbox();

  constructor(private readonly startWorker: () => SpellWorkerPort) {}

  private port(): SpellWorkerPort {
    if (this.worker) return this.worker;
    const worker = this.startWorker();
    this.desk.forget();
    worker.onmessage = (event) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      if (event.data.kind === 'failed') waiter?.reject(new Error(event.data.message));
      else waiter?.resolve(event.data);
    };
    worker.onerror = (event) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(event.message || 'spelling worker failed'));
      this.waiting.clear();
    };
    return (this.worker = worker);
  }

  private ask(request: Ask): Promise<SpellReply> {
    const id = this.nextId++;
    const worker = this.port();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  async check({ language, desk, ignored }: CheckWith, texts: readonly string[]): Promise<Misspelling[][]> {
    this.port(); // a new worker holds no words: the change below is then the whole list
    const reply = await this.ask({ kind: 'check', language, desk: this.desk.changeFor(desk), ignored, texts });
    return reply.kind === 'checked' ? reply.misspellings : [];
  }

  async suggest(language: StoryLanguage, word: string, placement: TonePlacement): Promise<string[]> {
    const reply = await this.ask({ kind: 'suggest', language, word, placement });
    return reply.kind === 'suggested' ? reply.words : [];
  }
}

export const spellClient = new SpellClient(
  () => new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module', name: 'spelling' }),
);
