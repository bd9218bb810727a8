import type { DeskWordsChange } from './protocol';

/**
 * The page's record of the desk's words the worker holds, so a check carries them only when they
 * changed. Body and fields ask with the one list of deskWords.ts, so the same list (by identity)
 * costs nothing; a new list is compared once: only additions cross, or the whole list when an
 * entry was taken out (the worker cannot know which verdicts that would make wrong).
 */
export class DeskWordsOutbox {
  private sent: readonly string[] | null = null;
  private held = new Set<string>();
  private version = 0;

  changeFor(list: readonly string[]): DeskWordsChange | undefined {
    if (list === this.sent) return undefined;
    const first = this.sent === null;
    this.sent = list;
    const now = new Set(list);
    const added = [...now].filter((entry) => !this.held.has(entry));
    const removed = now.size - added.length < this.held.size;
    this.held = now;
    if (first || removed) return { version: ++this.version, kind: 'replace', words: [...now] };
    if (added.length === 0) return undefined;
    return { version: ++this.version, kind: 'add', words: added };
  }

  /** A new worker holds nothing. */
  forget(): void {
    this.sent = null;
    this.held = new Set();
  }
}
