import { describe, expect, it } from 'vitest';
import { revisionsToPrune, type RevisionRef } from './revisionPolicy';

const minute = 60_000;
const day = 24 * 60 * minute;
const policy = { keepLast: 3, snapshotEveryMs: 10 * minute, snapshotMaxAgeMs: 30 * day };
const now = 100 * day;

function revs(...minutesAgo: number[]): RevisionRef[] {
  return minutesAgo.map((m, i) => ({ revision: minutesAgo.length - i, savedAt: now - m * minute }));
}

describe('revisionsToPrune', () => {
  const cases: { name: string; input: RevisionRef[]; pruned: number[] }[] = [
    { name: 'keeps everything up to keepLast', input: revs(0, 1, 2), pruned: [] },
    // 0,1,2 kept as last; 3..9 fall into the same 10-minute bucket as recent ones → pruned,
    // except the newest save of each older bucket.
    {
      name: 'one snapshot per 10 minutes beyond the last N',
      input: revs(0.1, 0.2, 0.3, 15, 16, 17, 35),
      pruned: [3, 2],
    },
    { name: 'drops snapshots older than 30 days', input: revs(0, 1, 2, 31 * 24 * 60), pruned: [1] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(revisionsToPrune(c.input, now, policy).map((r) => r.revision)).toEqual(c.pruned);
    });
  }
});
