/**
 * Runs tasks for the same key one after another, never interleaved; other keys run freely. A
 * failed task does not stop the next one for its key: each caller gets its own result.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private waitingOrRunning = 0;

  /** Tasks of every key queued or running now: what a restart or an update would cut short. */
  get pending(): number {
    return this.waitingOrRunning;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    this.waitingOrRunning += 1;
    // Counted down before the caller hears the result: a caller that awaited its save sees 0.
    const counted = async () => {
      try {
        return await task();
      } finally {
        this.waitingOrRunning -= 1;
      }
    };
    const result = previous.then(counted, counted);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Keys come and go (one per draft, per photo): forget a key once its last task is done.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once no task of any key is waiting or running, including tasks queued meanwhile. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}

/** Runs fn over items with at most `limit` in flight. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
