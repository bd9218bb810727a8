/**
 * When to try a failed send again: exponential backoff with full jitter (a random wait between 0
 * and min(cap, base·2^(attempt−1)), so a newsroom's laptops coming back online together do not
 * knock at the same second), and the target's own Retry-After when it asks for longer.
 *
 * No retry library: the schedule is data — `nextAttemptAt` in the job's file — so a retry
 * survives a kill -9 and a restart; an in-memory policy (p-retry, cockatiel) would not.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** A Retry-After longer than this is taken as this: a misconfigured server must not park a story for a day. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/** A number in [0, 1): Math.random in the app, a seeded generator in tests. */
export type Random = () => number;

/** The wait before try `attempt + 1`, after `attempt` tries failed (attempt ≥ 1). */
export function backoffDelay(
  attempt: number,
  random: Random,
  retryAfterMs: number | null = null,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exponent = Math.max(0, attempt - 1);
  // 2^exponent overflows to Infinity long after the cap is reached; min() keeps it finite.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(exponent, 52));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs === null) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}

/**
 * Retry-After as milliseconds from `now`: delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). A date in the past is 0; anything else unreadable is null.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the IMF-fixdate shape HTTP requires (and its obsolete forms); not Date.parse's free guessing of "5".
  if (!/^[A-Za-z]{3,9},? /.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/** A small seeded generator (mulberry32) for tests and benchmarks that need the same waits each run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
