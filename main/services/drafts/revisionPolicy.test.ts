import { describe, expect, it } from 'vitest';
import {
  continuesBurst,
  defaultRevisionPolicy,
  revisionsToPrune,
  type RevisionRef,
  type SaveContext,
  type TypingBurst,
} from './revisionPolicy';

const minute = 60_000;
const day = 24 * 60 * minute;
const policy = { ...defaultRevisionPolicy, keepLast: 3, snapshotEveryMs: 10 * minute, snapshotMaxAgeMs: 30 * day };
const now = 100 * day;

function revs(...minutesAgo: number[]): RevisionRef[] {
  return minutesAgo.map((m, i) => ({ revision: minutesAgo.length - i, savedAt: now - m * minute }));
}

describe('revisionsToPrune', () => {
  const cases: { name: string; input: RevisionRef[]; named?: number[]; pruned: number[] }[] = [
    { name: 'keeps everything up to keepLast', input: revs(0, 1, 2), pruned: [] },
    // 0,1,2 kept as last; 3..9 fall into the same 10-minute bucket as recent ones → pruned,
    // except the newest save of each older bucket.
    {
      name: 'one snapshot per 10 minutes beyond the last N',
      input: revs(0.1, 0.2, 0.3, 15, 16, 17, 35),
      pruned: [3, 2],
    },
    { name: 'drops snapshots older than 30 days', input: revs(0, 1, 2, 31 * 24 * 60), pruned: [1] },
    { name: 'never drops a named version, however old', input: revs(0, 1, 2, 31 * 24 * 60), named: [1], pruned: [] },
    {
      name: 'a named version takes no place among the last N',
      input: revs(0, 0.1, 0.2, 0.3, 0.4),
      named: [4],
      // 5, 4 (named), 3, 2 are kept; the newest three unnamed are 5, 3, 2, so 1 goes.
      pruned: [1],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const named = new Set(c.named ?? []);
      expect(revisionsToPrune(c.input, now, policy, named).map((r) => r.revision)).toEqual(c.pruned);
    });
  }
});

describe('continuesBurst', () => {
  const burst: TypingBurst = {
    session: 'page-aaaa',
    revision: 7,
    startedAt: now - 4 * minute,
    lastSavedAt: now - 5_000,
  };
  const save: SaveContext = { session: 'page-aaaa', current: 7, now, keptOnPurpose: false };
  const cases: { name: string; burst?: TypingBurst; save?: Partial<SaveContext>; replaces: boolean }[] = [
    { name: 'the same session typing on replaces its previous save', replaces: true },
    { name: 'no burst yet: the first save of a session is kept', burst: undefined, replaces: false },
    { name: 'a save without a session is always kept', save: { session: undefined }, replaces: false },
    { name: 'another window or tab starts its own version', save: { session: 'page-bbbb' }, replaces: false },
    { name: 'something else was written since (restore, Finish)', save: { current: 8 }, replaces: false },
    { name: 'a named, finished or restored version is never replaced', save: { keptOnPurpose: true }, replaces: false },
    {
      name: 'a burst lasts at most 10 minutes',
      burst: { ...burst, startedAt: now - 10 * minute },
      replaces: false,
    },
    {
      name: 'a pause of 3 minutes starts a new version',
      burst: { ...burst, lastSavedAt: now - 3 * minute },
      replaces: false,
    },
    { name: 'a shorter pause does not', burst: { ...burst, lastSavedAt: now - 2.5 * minute }, replaces: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const given = 'burst' in c ? c.burst : burst;
      expect(continuesBurst(given, { ...save, ...c.save }, defaultRevisionPolicy)).toBe(c.replaces);
    });
  }
});
