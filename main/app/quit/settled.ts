export type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

/**
 * Callers waiting for a count of pending work to reach 0, each for at most its own time. The
 * owner of the count calls `release()` whenever it reaches 0.
 */
export class Settled {
  private waiters: (() => void)[] = [];

  /** Resolves 'settled' once released (at once when `none` already), or 'timed_out' after `ms`. */
  wait(none: boolean, ms: number, timers: Timers = globalThis): Promise<'settled' | 'timed_out'> {
    if (none) return Promise.resolve('settled');
    return new Promise((resolve) => {
      const timer = timers.setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve('timed_out');
      }, ms);
      const done = () => {
        timers.clearTimeout(timer);
        resolve('settled');
      };
      this.waiters.push(done);
    });
  }

  release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}
