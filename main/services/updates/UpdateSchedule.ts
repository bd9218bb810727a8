import type { UpdateFlow } from './UpdateFlow';

/** How often a running app looks at its feed again: a newsroom's laptops stay open for days. */
export const UPDATE_CHECK_EVERY_MS = 4 * 60 * 60 * 1000;

export interface UpdateScheduleOptions {
  flow: Pick<UpdateFlow, 'check' | 'current'>;
  /** Settings → Updates as it is now. */
  feedUrl: () => Promise<string | null>;
  /** Calls `listener` with the feed address each time the settings change; returns how to stop. */
  watchFeed: (listener: (feedUrl: string | null) => void) => () => void;
  onError: (error: unknown) => void;
  everyMs?: number;
  timers?: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
}

/**
 * When the app looks for an update: at start, as soon as the newsroom sets or changes the feed
 * in Settings (not only from the next start), and every few hours after. One look at a time; none
 * once an update is downloaded (the reporter's "Restart to update" and the install gate decide
 * from there); an address set back to empty turns updates off at once.
 */
export function scheduleUpdateChecks(options: UpdateScheduleOptions): { stop(): void } {
  const timers = options.timers ?? globalThis;
  let running: Promise<void> | null = null;
  let again: string | null | undefined;
  let last: string | null | undefined;

  const holdsUpdate = () => ['downloaded', 'waiting', 'installing'].includes(options.flow.current.kind);
  const check = (feedUrl: string | null) => {
    if (running) {
      again = feedUrl; // the newest address is looked at once the current look ends
      return;
    }
    if (holdsUpdate()) return;
    last = feedUrl;
    running = options.flow
      .check(feedUrl)
      .then(() => undefined, options.onError)
      .finally(() => {
        running = null;
        const next = again;
        again = undefined;
        if (next !== undefined && next !== last) check(next);
      });
  };
  const atStart = options.feedUrl().then(check, options.onError);
  const stopWatching = options.watchFeed((feedUrl) => {
    if (feedUrl !== last) void atStart.then(() => check(feedUrl));
  });
  // A tick during a look adds nothing: that look is as fresh as it gets.
  const timer = timers.setInterval(() => {
    if (last && !running) check(last);
  }, options.everyMs ?? UPDATE_CHECK_EVERY_MS);
  return {
    stop() {
      stopWatching();
      timers.clearInterval(timer);
    },
  };
}
