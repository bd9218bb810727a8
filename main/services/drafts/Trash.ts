import path from 'node:path';
import { z } from 'zod';
import type { TrashedDraft } from '../../../shared/article/draft';
import { writeFileAtomic, type StoreFs } from '../storage';
import { decodeDraft } from './envelope';
import { LATEST } from './DraftFolder';

const MARKER = 'trashed.json';
const MarkerSchema = z.object({ trashedAt: z.iso.datetime({ offset: true }) });

/** Deleted drafts wait here, whole (photos and revisions too), until restored or purged. */
export class Trash {
  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
    private readonly keepMs: number,
  ) {}

  folderOf(id: string): string {
    return path.join(this.dir, id);
  }

  async put(id: string, draftFolder: string, now: Date): Promise<void> {
    await this.fs.mkdir(this.dir, { recursive: true });
    await this.fs.rm(this.folderOf(id), { recursive: true, force: true });
    await this.fs.rename(draftFolder, this.folderOf(id));
    await writeFileAtomic(path.join(this.folderOf(id), MARKER), JSON.stringify({ trashedAt: now.toISOString() }), {
      fs: this.fs,
      fsync: true,
    });
  }

  async take(id: string, draftFolder: string): Promise<void> {
    await this.fs.rename(this.folderOf(id), draftFolder);
    await this.fs.rm(path.join(draftFolder, MARKER), { force: true });
  }

  async list(): Promise<TrashedDraft[]> {
    const ids = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    const items = await Promise.all(ids.map((id) => this.read(id)));
    return items.filter((t): t is TrashedDraft => t !== null).sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  /** Drafts trashed longer ago than the keep period are deleted for good. */
  async purge(now: Date): Promise<string[]> {
    const purged: string[] = [];
    for (const item of await this.list()) {
      if (Date.parse(item.purgeAfter) <= now.getTime()) {
        await this.fs.rm(this.folderOf(item.id), { recursive: true, force: true });
        purged.push(item.id);
      }
    }
    return purged;
  }

  private async read(id: string): Promise<TrashedDraft | null> {
    try {
      const marker = MarkerSchema.parse(
        JSON.parse(await this.fs.readFile(path.join(this.folderOf(id), MARKER), 'utf8')),
      );
      const decoded = decodeDraft(await this.fs.readFile(path.join(this.folderOf(id), LATEST), 'utf8'));
      if (!decoded.ok) return null;
      const { template, section, headline, status, createdAt, updatedAt, revision } = decoded.draft;
      return {
        id,
        template,
        section,
        headline,
        status,
        createdAt,
        updatedAt,
        revision,
        trashedAt: marker.trashedAt,
        purgeAfter: new Date(Date.parse(marker.trashedAt) + this.keepMs).toISOString(),
      };
    } catch {
      return null;
    }
  }
}
