export interface RevisionPolicy {
  /** The newest saves kept whatever their age. */
  keepLast: number;
  /** Older saves thin out to one snapshot per interval of editing… */
  snapshotEveryMs: number;
  /** …kept this long. */
  snapshotMaxAgeMs: number;
}

export const defaultRevisionPolicy: RevisionPolicy = {
  keepLast: 50,
  snapshotEveryMs: 10 * 60_000,
  snapshotMaxAgeMs: 30 * 24 * 3_600_000,
};

export interface RevisionRef {
  revision: number;
  savedAt: number;
}

/**
 * Which revisions to delete, the way Joplin keeps note history: the last N saves, then the
 * newest save of each snapshot interval while it is younger than the maximum age.
 */
export function revisionsToPrune(revisions: RevisionRef[], now: number, policy: RevisionPolicy): RevisionRef[] {
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
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
