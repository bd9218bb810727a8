import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter, seededRandom } from './backoff';

const now = new Date('2026-11-30T10:00:00Z');
const always = (value: number) => () => value;

describe('backoffDelay: full jitter, capped, Retry-After wins when longer', () => {
  const cases: [name: string, attempt: number, random: number, retryAfterMs: number | null, expected: number][] = [
    ['first retry, top of the range', 1, 0.999, null, 1998],
    ['first retry, bottom of the range', 1, 0, null, 0],
    ['second retry doubles the range', 2, 0.5, null, 2000],
    ['fifth retry', 5, 0.5, null, 16_000],
    ['the cap (5 min) holds at attempt 9', 9, 0.999, null, 299_700],
    ['the cap holds at attempt 60 (no overflow)', 60, 0.5, null, 150_000],
    ['Retry-After longer than the jitter wins', 1, 0.5, 30_000, 30_000],
    ['Retry-After shorter than the jitter does not', 6, 0.9, 1_000, 57_600],
    ['Retry-After is capped at one hour', 1, 0.1, 86_400_000, 3_600_000],
  ];
  for (const [name, attempt, random, retryAfterMs, expected] of cases) {
    it(name, () => expect(backoffDelay(attempt, always(random), retryAfterMs)).toBe(expected));
  }

  it('with a seeded random: the same waits every run, each inside its range', () => {
    const first = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, seededRandom(42)));
    const again = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, seededRandom(42)));
    expect(first).toEqual(again);
    const random = seededRandom(7);
    for (let attempt = 1; attempt <= 40; attempt++) {
      const delay = backoffDelay(attempt, random);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** (attempt - 1)));
    }
  });

  it('spreads: 1,000 laptops retrying at attempt 4 do not pick the same second', () => {
    const random = seededRandom(1);
    const seconds = new Set(Array.from({ length: 1000 }, () => Math.floor(backoffDelay(4, random) / 1000)));
    expect(seconds.size).toBe(16);
  });
});

describe('parseRetryAfter', () => {
  const cases: [value: string | null, expected: number | null][] = [
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 30 Nov 2026 10:01:30 GMT', 90_000],
    ['Mon, 30 Nov 2026 09:00:00 GMT', 0],
    ['Monday, 30-Nov-26 10:00:10 GMT', 10_000],
    ['-5', null],
    ['1.5', null],
    ['5 minutes', null],
    ['tomorrow', null],
    ['', null],
    [null, null],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected}`, () => expect(parseRetryAfter(value, now)).toBe(expected));
  }
});
