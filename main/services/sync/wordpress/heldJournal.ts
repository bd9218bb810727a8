import type { WordPressHttp } from './http';
import type { WordPressJournal, WordPressState } from './state';

/**
 * The journal's rule is "durable before the next request", not "durable at once": what a step
 * learned (photo 1's media id) is held and written in the same atomic write as what the next
 * step announces (photo 2's upload begun), one fsync instead of two. `flush` runs before every
 * request (see `flushedBefore`) and at the end of a try, so no request ever leaves while the
 * journal on disk is behind. A held write lost to a crash is only ever a "done" or a "forget":
 * its "begun" is on disk, so the next try looks for the item and adopts it — never a duplicate.
 */
export function heldJournal(journal: WordPressJournal): WordPressJournal & { flush(): Promise<void> } {
  let held: WordPressState | null = null;
  return {
    read: () => structuredClone(held ?? journal.read()),
    write: (next) => {
      held = structuredClone(next);
      return Promise.resolve();
    },
    async flush() {
      const next = held;
      if (next === null) return;
      await journal.write(next);
      if (held === next) held = null;
    },
  };
}

/** The same client, with `flush` awaited before each request goes. */
export function flushedBefore(http: WordPressHttp, flush: () => Promise<void>): WordPressHttp {
  return {
    restBase: http.restBase,
    async request(route, init) {
      await flush();
      return http.request(route, init);
    },
    async json(schema, route, init) {
      await flush();
      return http.json(schema, route, init);
    },
    async index(signal) {
      await flush();
      return http.index(signal);
    },
  };
}
