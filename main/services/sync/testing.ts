import type { Clock } from '../clock';
import type { Timer } from './SyncWorker';

/**
 * Test support: one clock and timer the test moves by hand. A zero delay (the worker's "look
 * again now") runs on the real event loop at once; a longer one waits for `advance`.
 */
export class FakeTime implements Clock, Timer {
  private nowMs: number;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  private readonly immediate = new Set<number>();

  constructor(start = '2026-11-30T10:00:00.000Z') {
    this.nowMs = Date.parse(start);
  }

  now(): Date {
    return new Date(this.nowMs);
  }

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    if (ms <= 0) {
      this.immediate.add(id);
      setImmediate(() => this.immediate.delete(id) && callback());
    } else {
      this.pending.set(id, { at: this.nowMs + ms, callback });
    }
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
    this.immediate.delete(handle as number);
  }

  /** Moves time on and fires what came due, in order. */
  advance(ms: number): void {
    this.nowMs += ms;
    const due = [...this.pending.entries()].filter(([, t]) => t.at <= this.nowMs).sort((a, b) => a[1].at - b[1].at);
    for (const [id, timer] of due) {
      this.pending.delete(id);
      timer.callback();
    }
  }
}

/** Waits (on real time) until `check` holds; fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
