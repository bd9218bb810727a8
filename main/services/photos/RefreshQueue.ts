/**
 * Background work per key that follows the latest change: `schedule` (re)starts a quiet period,
 * after which the task runs; at most one run per key at a time, and a change during a run earns
 * exactly one more. The desk saves as the editor types, so ten saves make one or two runs.
 */
export interface RefreshQueueOptions {
  /** Quiet period after the last change before a run starts. */
  delayMs: number;
  /** Runs at once across all keys (each run decodes a photo). */
  concurrency: number;
}

interface Entry {
  timer?: ReturnType<typeof setTimeout>;
  running: boolean;
  /** A change arrived while running: run once more afterwards. */
  again: boolean;
  task: () => Promise<void>;
}

export class RefreshQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private active = 0;
  private closed = false;

  constructor(private readonly options: RefreshQueueOptions) {}

  /** `task` never rejects (it reports its own failures); the latest one given for a key runs. */
  schedule(key: string, task: () => Promise<void>): void {
    if (this.closed) return;
    const entry = this.entries.get(key) ?? { running: false, again: false, task };
    entry.task = task;
    this.entries.set(key, entry);
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.due(key), this.options.delayMs);
  }

  /** Resolves once nothing is scheduled or running. */
  whenIdle(): Promise<void> {
    if (this.entries.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs what is scheduled now instead of after its quiet period, refuses new work, and waits. */
  close(): Promise<void> {
    this.closed = true;
    for (const [key, entry] of this.entries) {
      if (entry.timer === undefined) continue;
      clearTimeout(entry.timer);
      this.due(key);
    }
    return this.whenIdle();
  }

  private due(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.timer = undefined;
    if (entry.running) entry.again = true;
    else void this.run(key, entry);
  }

  private async run(key: string, entry: Entry): Promise<void> {
    entry.running = true;
    do {
      entry.again = false;
      await this.slot();
      // Tasks report their own failures; one that throws anyway must not wedge its key.
      await entry.task().catch(() => undefined);
      this.release();
    } while (entry.again);
    entry.running = false;
    if (entry.timer === undefined) this.entries.delete(key);
    if (this.entries.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private async slot(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
