import path from 'node:path';
import { z } from 'zod';
import { IsoTimeSchema } from '../../../shared/article/draft';
import { ServiceError } from '../errors';
import { writeFileAtomic, type StoreFs } from '../storage';

/** Beside draft.nd: what the reporter and the store said about single revisions. */
export const VERSION_MARKS = 'versions.json';

/** Keys are revision numbers ("12"): JSON has no numeric keys. */
const RevisionKey = z.string().regex(/^\d{1,12}$/);

const VersionMarksSchema = z.object({
  /** Newer layouts are refused for writing (never overwritten), read as having no marks. */
  format: z.literal(1),
  /** The reporter's names: "sent to desk", "before legal". A named revision is never pruned. */
  names: z.record(RevisionKey, z.object({ name: z.string().min(1).max(120), namedAt: IsoTimeSchema })),
  /** A restore's revision → the revision whose text it brought back, for the history's words. */
  restores: z.record(RevisionKey, z.number().int().nonnegative()),
});
export type VersionMarks = z.infer<typeof VersionMarksSchema>;

const noMarks = (): VersionMarks => ({ format: 1, names: {}, restores: {} });

/**
 * The marks of one draft. A missing file is no marks; a damaged one reads as none too (a name is
 * worth less than opening the draft), and a newer layout is left alone: `writable` says so.
 */
export async function readMarks(fs: StoreFs, dir: string): Promise<{ marks: VersionMarks; writable: boolean }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, VERSION_MARKS), 'utf8');
  } catch {
    return { marks: noMarks(), writable: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { marks: noMarks(), writable: true };
  }
  const parsed = VersionMarksSchema.safeParse(json);
  if (parsed.success) return { marks: parsed.data, writable: true };
  const format = (json as { format?: unknown } | null)?.format;
  return { marks: noMarks(), writable: !(typeof format === 'number' && format > 1) };
}

/** Changes the marks of one draft, atomically; called inside the draft's write queue. */
export async function updateMarks(
  fs: StoreFs,
  dir: string,
  fsync: boolean,
  change: (marks: VersionMarks) => void,
): Promise<VersionMarks> {
  const { marks, writable } = await readMarks(fs, dir);
  if (!writable) {
    throw new ServiceError(
      'draft_newer',
      'The names of these versions were saved by a newer Newsdesk; update Newsdesk to change them.',
    );
  }
  change(marks);
  await writeFileAtomic(path.join(dir, VERSION_MARKS), JSON.stringify(marks), { fs, fsync });
  return marks;
}

/** Named or a restore: a typing burst never replaces it. */
export function markedOnPurpose(marks: VersionMarks, revision: number): boolean {
  return Object.hasOwn(marks.names, String(revision)) || Object.hasOwn(marks.restores, String(revision));
}

export function namedRevisions(marks: VersionMarks): Set<number> {
  return new Set(Object.keys(marks.names).map(Number));
}
