export interface RevisionPolicy {
  /** The newest saves kept whatever their age. */
  keepLast: number;
  /** Older saves thin out to one snapshot per interval of editing… */
  snapshotEveryMs: number;
  /** …kept this long. */
  snapshotMaxAgeMs: number;
  /**
   * A typing burst (autosaves of one editor session, nothing else written in between) is one
   * history entry: each save replaces the burst's previous revision, for at most this long…
   */
  burstMaxMs: number;
  /** …and only while the reporter has not paused longer than this: after a break, a new entry. */
  burstPauseMs: number;
}

export const defaultRevisionPolicy: RevisionPolicy = {
  keepLast: 50,
  snapshotEveryMs: 10 * 60_000,
  snapshotMaxAgeMs: 30 * 24 * 3_600_000,
  burstMaxMs: 10 * 60_000,
  burstPauseMs: 3 * 60_000,
};

export interface RevisionRef {
  revision: number;
  savedAt: number;
}

/**
 * Which revisions to delete, the way Joplin keeps note history: the last N saves, then the
 * newest save of each snapshot interval while it is younger than the maximum age. `kept` (named
 * versions) are never deleted and do not take a place among the last N.
 */
export function revisionsToPrune(
  revisions: RevisionRef[],
  now: number,
  policy: RevisionPolicy,
  kept: ReadonlySet<number> = new Set(),
): RevisionRef[] {
  const newestFirst = revisions.filter((r) => !kept.has(r.revision)).sort((a, b) => b.revision - a.revision);
  const prune: RevisionRef[] = [];
  const bucketsSeen = new Set<number>();
  newestFirst.forEach((rev, index) => {
    if (index < policy.keepLast) {
      bucketsSeen.add(Math.floor(rev.savedAt / policy.snapshotEveryMs));
      return;
    }
    const bucket = Math.floor(rev.savedAt / policy.snapshotEveryMs);
    const young = now - rev.savedAt <= policy.snapshotMaxAgeMs;
    if (young && !bucketsSeen.has(bucket)) bucketsSeen.add(bucket);
    else prune.push(rev);
  });
  return prune;
}

/** The typing burst an editor session is in: the one revision that stands for all its saves. */
export interface TypingBurst {
  /** The editor page that typed it (a save without one never joins a burst). */
  session: string;
  /** The burst's revision, the only one of its saves still kept. */
  revision: number;
  startedAt: number;
  lastSavedAt: number;
}

/** What the store knows about the revision a new typed save would follow. */
export interface SaveContext {
  session: string | undefined;
  /** The draft's current revision, the one the save would replace. */
  current: number;
  now: number;
  /**
   * Kept on purpose: named, finished, a restore, a recovery. A burst's own revision never is,
   * but the store checks it anyway, as a mark can be set from another window meanwhile.
   */
  keptOnPurpose: boolean;
}

/**
 * True when a typed save may replace the current revision instead of adding one: the same
 * session typing on, nothing else written since (the current revision is still the burst's), not
 * too long and without a long pause. Everything a restore, Finish, naming, a crash or another
 * window wrote starts a new burst, so each of those versions stays in the history.
 */
export function continuesBurst(burst: TypingBurst | undefined, save: SaveContext, policy: RevisionPolicy): boolean {
  if (!burst || save.session === undefined || save.keptOnPurpose) return false;
  return (
    burst.session === save.session &&
    burst.revision === save.current &&
    save.now - burst.startedAt < policy.burstMaxMs &&
    save.now - burst.lastSavedAt < policy.burstPauseMs
  );
}
