import path from 'node:path';
import type { Draft, RecoveryNotice } from '../../../shared/article/draft';
import { RecoveryNoticeSchema } from '../../../shared/article/draft';
import type { DraftDamage, DraftDamageCode } from '../../../shared/contract';
import { isTempName, writeFileAtomic, type StoreFs } from '../storage';
import { decodeDraft, encodeDraft, type Decoded } from './envelope';
import type { RevisionRef } from './revisionPolicy';

export const LATEST = 'draft.nd';
const REVISIONS = 'revisions';
const DAMAGED = 'damaged';
const NOTICE = 'recovery.json';

/** r00000012-1729000000000.nd: revision 12, saved at that epoch millisecond. */
const revisionName = (r: RevisionRef) => `r${String(r.revision).padStart(8, '0')}-${r.savedAt}.nd`;
function parseRevisionName(name: string): RevisionRef | null {
  const m = /^r(\d{8,})-(\d+)\.nd$/.exec(name);
  return m ? { revision: Number(m[1]), savedAt: Number(m[2]) } : null;
}

export type LoadResult =
  | { state: 'ok'; draft: Draft }
  | { state: 'recovered'; draft: Draft; notice: RecoveryNotice }
  | { state: 'lost'; problem: DraftDamage }
  /**
   * Written by a newer Newsdesk: nothing is rewritten. `readable` is the newest kept revision
   * this version can read (null if none), for a read-only look.
   */
  | { state: 'newer'; problem: DraftDamage; readable: Draft | null };

/**
 * One draft's folder: the latest version, every kept revision, damaged files kept aside, and the
 * recovery notice. Its photos live below it too (PhotoFolder).
 */
export class DraftFolder {
  constructor(
    readonly dir: string,
    private readonly fs: StoreFs,
    private readonly fsync: boolean,
  ) {}

  get latestPath(): string {
    return path.join(this.dir, LATEST);
  }

  async create(): Promise<void> {
    await this.fs.mkdir(path.join(this.dir, REVISIONS), { recursive: true });
  }

  /**
   * Writes the new latest version, then the same bytes as a revision, each atomically. The
   * revision is a real copy, not a hard link: damage to one file must not reach the other.
   */
  async write(draft: Draft): Promise<void> {
    const ref = { revision: draft.revision, savedAt: Date.parse(draft.updatedAt) };
    const text = encodeDraft(draft);
    const options = { fs: this.fs, fsync: this.fsync };
    await writeFileAtomic(this.latestPath, text, options);
    await writeFileAtomic(path.join(this.dir, REVISIONS, revisionName(ref)), text, options);
  }

  async readLatest(): Promise<Decoded> {
    return this.decodeFile(this.latestPath);
  }

  async revisions(): Promise<RevisionRef[]> {
    const names = await this.fs.readdir(path.join(this.dir, REVISIONS)).catch(() => [] as string[]);
    return names
      .map(parseRevisionName)
      .filter((r): r is RevisionRef => r !== null)
      .sort((a, b) => b.revision - a.revision);
  }

  async readRevision(ref: RevisionRef): Promise<Decoded> {
    return this.decodeFile(path.join(this.dir, REVISIONS, revisionName(ref)));
  }

  /**
   * A typing burst's previous revision goes only once its successor reads back whole from its
   * own file: a crash or a bad write in between leaves both, never neither.
   */
  async replaceRevision(previous: RevisionRef, next: Draft): Promise<void> {
    const written = await this.readRevision({ revision: next.revision, savedAt: Date.parse(next.updatedAt) });
    if (written.ok && written.draft.revision === next.revision) await this.deleteRevisions([previous]);
  }

  async deleteRevisions(refs: RevisionRef[]): Promise<void> {
    await Promise.all(refs.map((r) => this.fs.rm(path.join(this.dir, REVISIONS, revisionName(r)), { force: true })));
  }

  /** Removes temp files a crash left behind; good files are never touched. */
  async removeLeftovers(): Promise<number> {
    let removed = 0;
    for (const sub of ['', REVISIONS]) {
      const names = await this.fs.readdir(path.join(this.dir, sub)).catch(() => [] as string[]);
      for (const name of names.filter(isTempName)) {
        await this.fs.rm(path.join(this.dir, sub, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  /**
   * True for the folder of a draft whose creation was cut off (a kill between the folder and
   * its first file): nothing in it but an empty revisions folder and temp files.
   */
  async isEmptyLeftover(): Promise<boolean> {
    const names = (await this.fs.readdir(this.dir).catch(() => [] as string[])).filter((n) => !isTempName(n));
    if (names.some((n) => n !== REVISIONS)) return false;
    const revisions = await this.fs.readdir(path.join(this.dir, REVISIONS)).catch(() => [] as string[]);
    return revisions.every(isTempName);
  }

  /** The newest kept revision this version reads whole. */
  private async newestReadable(): Promise<Draft | null> {
    for (const ref of await this.revisions()) {
      const candidate = await this.readRevision(ref);
      if (candidate.ok) return candidate.draft;
    }
    return null;
  }

  /**
   * Reads the latest version; if it is damaged or missing, falls back to the newest good
   * revision, keeps the damaged file aside and leaves a notice for the UI. A draft written by a
   * newer Newsdesk is left exactly as it is.
   */
  async load(now: Date): Promise<LoadResult> {
    const latest = await this.readLatest();
    if (latest.ok) return { state: 'ok', draft: latest.draft };
    if (latest.problem === 'newer')
      return { state: 'newer', problem: latest.damage, readable: await this.newestReadable() };
    for (const ref of await this.revisions()) {
      const candidate = await this.readRevision(ref);
      // The newest revisions came from a newer Newsdesk: the draft is its, never rewritten here.
      if (!candidate.ok && candidate.problem === 'newer') {
        return { state: 'newer', problem: candidate.damage, readable: await this.newestReadable() };
      }
      if (!candidate.ok) continue;
      const keptAs = await this.keepDamaged(now);
      await writeFileAtomic(this.latestPath, encodeDraft(candidate.draft), { fs: this.fs, fsync: this.fsync });
      const notice: RecoveryNotice = {
        savedAt: candidate.draft.updatedAt,
        revision: candidate.draft.revision,
        problem: latest.damage,
        keptAs,
        recoveredAt: now.toISOString(),
      };
      await writeFileAtomic(path.join(this.dir, NOTICE), JSON.stringify(notice), { fs: this.fs, fsync: this.fsync });
      return { state: 'recovered', draft: candidate.draft, notice };
    }
    return { state: 'lost', problem: latest.damage };
  }

  async notice(): Promise<RecoveryNotice | null> {
    try {
      const parsed = RecoveryNoticeSchema.safeParse(
        withDamageCode(JSON.parse(await this.fs.readFile(path.join(this.dir, NOTICE), 'utf8'))),
      );
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async dismissNotice(): Promise<void> {
    await this.fs.rm(path.join(this.dir, NOTICE), { force: true });
  }

  private async keepDamaged(now: Date): Promise<string> {
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${LATEST}`;
    const keptAs = path.join(DAMAGED, name);
    await this.fs.mkdir(path.join(this.dir, DAMAGED), { recursive: true });
    await this.fs.rename(this.latestPath, path.join(this.dir, keptAs)).catch(() => undefined);
    return keptAs;
  }

  private async decodeFile(file: string): Promise<Decoded> {
    let text: string;
    try {
      text = await this.fs.readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const damage: DraftDamage =
        code === 'ENOENT'
          ? { code: 'missing', detail: {} }
          : { code: 'unreadable', detail: code && /^E[A-Z0-9]{1,15}$/.test(code) ? { osCode: code } : {} };
      return { ok: false, problem: 'damaged', damage };
    }
    return decodeDraft(text);
  }
}

/*
 * A notice written before problems were codes held an English phrase ("cut short (10 of 90
 * bytes)"); it is read as its code so the UI can word it. Only stored files take this path.
 */
const LEGACY_DAMAGE: [RegExp, DraftDamageCode][] = [
  [/^cut short/, 'cut_short'],
  [/^checksum mismatch/, 'checksum'],
  [/^file missing/, 'missing'],
  [/^no header line/, 'empty'],
  [/^(not a Newsdesk draft header|unreadable header)/, 'not_draft'],
  [/^invalid draft/, 'invalid'],
  [/^unreadable/, 'unreadable'],
];

function withDamageCode(notice: unknown): unknown {
  const problem = (notice as { problem?: unknown } | null)?.problem;
  if (typeof problem !== 'string') return notice;
  const code = LEGACY_DAMAGE.find(([pattern]) => pattern.test(problem))?.[1] ?? 'invalid';
  return { ...(notice as object), problem: { code, detail: {} } };
}
