import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleUpdateChecks } from './UpdateSchedule';
import type { UpdateState } from './UpdateFlow';

const FEED = 'https://updates.baomoi.example/newsdesk/';
const OTHER = 'https://cdn.baomoi.example/newsdesk/';

/** The flow as electron-updater drives it: each check takes a while (the feed answers) and is recorded. */
function fakeFlow() {
  const checks: (string | null)[] = [];
  let release: (() => void) | null = null;
  const flow = {
    current: { kind: 'off' } as UpdateState,
    check: vi.fn(async (feedUrl: string | null) => {
      checks.push(feedUrl);
      flow.current = feedUrl ? { kind: 'checking', feedUrl } : { kind: 'off' };
      await new Promise<void>((resolve) => (release = resolve));
      return flow.current;
    }),
    /** The feed answers the look in progress. */
    answer: async () => {
      release?.();
      release = null;
      await vi.advanceTimersByTimeAsync(0);
    },
  };
  return { flow, checks };
}

function setup(stored: string | null) {
  const { flow, checks } = fakeFlow();
  const listeners: ((feedUrl: string | null) => void)[] = [];
  const errors: unknown[] = [];
  const schedule = scheduleUpdateChecks({
    flow,
    feedUrl: async () => stored,
    watchFeed: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    onError: (error) => errors.push(error),
    everyMs: 1000,
  });
  const settingsChanged = async (feedUrl: string | null) => {
    for (const listener of [...listeners]) listener(feedUrl);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { flow, checks, schedule, settingsChanged, errors, listeners };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when Newsdesk looks for an update', () => {
  it('a feed set in Settings is looked at straight away, not from the next start', async () => {
    const { checks, flow, settingsChanged } = setup(null);
    await vi.advanceTimersByTimeAsync(0);
    await flow.answer();
    expect(checks).toEqual([null]); // at start: off, no request leaves
    await settingsChanged(FEED);
    expect(checks).toEqual([null, FEED]);
    await flow.answer();
    // Other settings changing (the feed the same) make no new look.
    await settingsChanged(FEED);
    expect(checks).toEqual([null, FEED]);
  });

  it('again every few hours while a feed is set; an address emptied turns it off and the timer quiet', async () => {
    const { checks, flow, settingsChanged } = setup(FEED);
    await vi.advanceTimersByTimeAsync(0);
    await flow.answer();
    await vi.advanceTimersByTimeAsync(1000);
    await flow.answer();
    expect(checks).toEqual([FEED, FEED]);
    await settingsChanged(null);
    await flow.answer();
    await vi.advanceTimersByTimeAsync(5000);
    expect(checks).toEqual([FEED, FEED, null]);
  });

  it('one look at a time: a change during a look is looked at once it ends, only the newest', async () => {
    const { checks, flow, settingsChanged } = setup(FEED);
    await vi.advanceTimersByTimeAsync(0);
    await settingsChanged(OTHER);
    await settingsChanged('https://third.baomoi.example/');
    await vi.advanceTimersByTimeAsync(3000); // timer ticks while the first look waits: none piles up
    expect(checks).toEqual([FEED]);
    await flow.answer();
    expect(checks).toEqual([FEED, 'https://third.baomoi.example/']);
  });

  it('none once an update is downloaded: the reporter and the install gate decide from there', async () => {
    const { checks, flow, settingsChanged } = setup(FEED);
    await vi.advanceTimersByTimeAsync(0);
    await flow.answer();
    flow.current = { kind: 'downloaded', version: '1.4.0' };
    await vi.advanceTimersByTimeAsync(3000);
    await settingsChanged(OTHER);
    expect(checks).toEqual([FEED]);
  });

  it('a feed that fails is reported and the next look still happens; stop ends it all', async () => {
    const { flow, checks, errors, schedule, listeners } = setup(FEED);
    flow.check.mockRejectedValueOnce(new Error('ENOTFOUND updates.baomoi.example'));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(checks).toEqual([FEED]);
    await flow.answer();
    schedule.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(flow.check).toHaveBeenCalledTimes(2);
    expect(listeners).toEqual([]);
  });
});
