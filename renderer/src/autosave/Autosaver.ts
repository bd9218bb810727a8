export type SaveState = { kind: 'saved'; at: Date } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

export interface AutosaverOptions<S> {
  /** Persists one snapshot; resolves to the time the store acknowledged it, rejects on failure. */
  save(snapshot: S): Promise<Date>;
  /** What the status shows before the first save of this session (the draft's last save). */
  initial: SaveState;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while the person keeps typing. */
  maxWaitMs?: number;
  /** Pause between attempts after a failure; retries never stop while text is unsaved. */
  retryMs?: number;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * Saves one draft in the background. Snapshots are taken lazily at save time (serialising the
 * editor on every keystroke is wasteful), saves never overlap, and a failed save keeps the text:
 * while detached from its editor the last snapshot is held here until it is stored.
 */
export class Autosaver<S> {
  private source: (() => S) | null = null;
  private held: S | null = null;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private debounce: Timer | null = null;
  private maxWait: Timer | null = null;
  private retryTimer: Timer | null = null;
  private readonly listeners = new Set<(state: SaveState) => void>();
  private current: SaveState;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaverOptions<S>) {
    this.current = options.initial;
    this.debounceMs = options.debounceMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.retryMs = options.retryMs ?? 4000;
  }

  get state(): SaveState {
    return this.current;
  }

  /** True when nothing is waiting to be stored and no save is running. */
  get clean(): boolean {
    return !this.dirty && this.inFlight === null;
  }

  get attached(): boolean {
    return this.source !== null;
  }

  /** The unsaved snapshot of a detached draft: what a reopened editor must show, not the disk copy. */
  get unsaved(): S | null {
    return this.dirty || this.inFlight ? this.held : null;
  }

  /** The newest text not yet acknowledged by the store (for the unsaved journal), or null. */
  pending(): S | null {
    if (!this.dirty && this.inFlight === null) return null;
    return this.held ?? this.source?.() ?? null;
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  attach(source: () => S): void {
    this.source = source;
    this.held = null;
  }

  /** The editor is going away: keep its text here and store it as soon as possible. */
  detach(): void {
    if (this.source && this.dirty) this.held = this.source();
    this.source = null;
    void this.flush();
  }

  changed(): void {
    this.dirty = true;
    if (this.current.kind !== 'failed') this.setState({ kind: 'saving' });
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), this.debounceMs);
    this.maxWait ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** Saves now if anything is unsaved; if a save is running, saves again right after it. */
  flush(): Promise<void> {
    this.clearTimers();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const snapshot = this.held ?? this.source?.();
    if (!this.dirty || snapshot === undefined) return Promise.resolve();
    this.dirty = false;
    // After a failure the red notice stays up through automatic retries, until one succeeds.
    if (this.current.kind !== 'failed') this.setState({ kind: 'saving' });
    this.inFlight = this.run(snapshot);
    return this.inFlight;
  }

  /** The person pressed Retry: show that something is happening, then try at once. */
  retry(): Promise<void> {
    if (this.dirty && !this.inFlight) this.setState({ kind: 'saving' });
    return this.flush();
  }

  /**
   * The store now holds a version this saver did not write (a restored revision): nothing here
   * is pending any more, and the text the editor held before must not be saved over it. Call
   * only once `flush()` has settled and the editor has stopped taking input.
   */
  acceptStored(at: Date): void {
    this.clearTimers();
    this.dirty = false;
    this.again = false;
    this.held = null;
    this.setState({ kind: 'saved', at });
  }

  dispose(): void {
    this.clearTimers();
    this.listeners.clear();
  }

  private async run(snapshot: S): Promise<void> {
    let outcome: SaveState;
    try {
      outcome = { kind: 'saved', at: await this.options.save(snapshot) };
      if (!this.dirty && this.held === snapshot) this.held = null;
    } catch (error) {
      // The snapshot did not reach the disk: it is still unsaved, whatever happens next.
      this.dirty = true;
      outcome = { kind: 'failed', error };
      this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
    }
    this.inFlight = null;
    // Typing during the save means the newest text is not stored yet: "Saved" would be a lie.
    if (outcome.kind === 'failed' || !this.dirty) this.setState(outcome);
    if (this.again) {
      this.again = false;
      await this.flush();
    }
  }

  private clearTimers(): void {
    for (const timer of [this.debounce, this.maxWait, this.retryTimer]) {
      if (timer) clearTimeout(timer);
    }
    this.debounce = this.maxWait = this.retryTimer = null;
  }

  private setState(state: SaveState): void {
    // "Saving" again while saving is no news: telling the screen would re-render the whole draft
    // editor on every keystroke (~10 ms in a 10,000-word story, tests/bench/editor.bench.ts).
    if (state.kind === 'saving' && this.current.kind === 'saving') return;
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
