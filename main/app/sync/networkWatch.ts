/** The parts of Electron's `net` and `powerMonitor` this module uses, so a test can pass fakes. */
export interface NetworkFacts {
  isOnline(): boolean;
  /** 'resume' after sleep: the network may be back before `isOnline` changes. */
  onResume(listener: () => void): void;
}

export interface Interval {
  every(ms: number, run: () => void): () => void;
}

export const systemInterval: Interval = {
  every(ms, run) {
    const handle = setInterval(run, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
};

/**
 * Tells the outbox the moment the network comes back (offline → online, or the laptop wakes up),
 * so a paused target is tried now instead of at its next probe. Polling `net.isOnline()` because
 * Electron's main process has no online event; it is a cheap flag read.
 */
export function watchNetwork(
  facts: NetworkFacts,
  worker: { online(): void },
  options: { interval?: Interval; everyMs?: number } = {},
): () => void {
  let wasOnline = facts.isOnline();
  facts.onResume(() => worker.online());
  return (options.interval ?? systemInterval).every(options.everyMs ?? 5_000, () => {
    const online = facts.isOnline();
    if (online && !wasOnline) worker.online();
    wasOnline = online;
  });
}
