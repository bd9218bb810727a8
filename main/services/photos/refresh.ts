import path from 'node:path';
import type { PhotoRecord, Rendition } from '../../../shared/article/photo';
import { syncDirectory, tempNameFor, writeNewFile, type StoreFs } from '../storage';
import { developPhoto, renditionFileName, type DevelopedPhoto, type Original } from './develop';
import { photoOptions, type PhotoOptions } from './options';
import { PhotoFolder } from './PhotoFolder';
import { renditionsOf } from './photoRecord';

export type RefreshOutcome = { draftDir: string; id: string } & (
  { ok: true; record: PhotoRecord } | { ok: false; error: unknown }
);

export interface UpdateOptions {
  /** The current photo settings (quality) for the renditions made again. */
  overrides?: Partial<PhotoOptions>;
  /** Called with the record once its renditions carry the change. */
  onRefreshed?: (record: PhotoRecord) => void;
}

export const logRefresh = (outcome: RefreshOutcome) => {
  if (!outcome.ok)
    console.error(`[newsdesk] photo ${outcome.id}: renditions not refreshed, the previous ones stay`, outcome.error);
};

/** The record fields that decide what a rendition's XMP says. */
export const RENDITION_FIELDS = ['caption', 'credit', 'copyright', 'altText', 'keepGps'] as const;

/** Whether the files must be made again for a record that went from `before` to `after`. */
export function renditionsDiffer(before: PhotoRecord, after: PhotoRecord): boolean {
  const changed = RENDITION_FIELDS.filter((field) => before[field] !== after[field]);
  // Keeping GPS a photo never had changes no file.
  if (!after.metadata.hasGps) return changed.some((field) => field !== 'keepGps');
  return changed.length > 0;
}

/**
 * Develops a photo again from the original stored in the draft, with the record's words and GPS
 * choice: the same code path as the import, so the same fields are kept and stripped. The widths
 * and formats are the ones it already has (placed photos name their files); quality comes from
 * `settings`.
 */
export async function redevelop(
  fs: StoreFs,
  folder: PhotoFolder,
  record: PhotoRecord,
  settings: PhotoOptions,
): Promise<DevelopedPhoto> {
  const source = folder.pathOf(record.original.file);
  const bytes = await fs.readFile(source);
  const original: Original = { source, name: record.name, bytes, sha256: record.id };
  const widths = [...new Set(record.renditions.map((r) => r.width))];
  const options = photoOptions({
    ...settings,
    widths: widths.length > 0 ? widths : settings.widths,
    webp: record.renditions.some((r) => r.format === 'webp'),
  });
  const { caption, credit, copyright, altText, keepGps } = record;
  return developPhoto(original, options, { keepGps, text: { caption, credit, copyright, altText } });
}

/**
 * Puts new renditions in place of a photo's old ones: all are written (and synced) in a staging
 * folder first, then each is renamed over its old file. A folder cannot be renamed over a
 * non-empty one, and moving the old folder aside first would leave a moment with no renditions;
 * renaming file by file means every rendition is always whole and always there. A failure
 * before the renames leaves the old files untouched.
 */
export async function replaceRenditions(
  fs: StoreFs,
  folder: PhotoFolder,
  id: string,
  developed: DevelopedPhoto,
  fsync: boolean,
): Promise<Rendition[]> {
  const renditionsDir = folder.renditionsDir(id);
  const staging = tempNameFor(renditionsDir);
  try {
    await fs.mkdir(staging, { recursive: true });
    for (const r of developed.renditions) {
      await writeNewFile(path.join(staging, renditionFileName(r)), r.data, { fs, fsync });
    }
    await fs.mkdir(renditionsDir, { recursive: true });
    for (const r of developed.renditions) {
      await fs.rename(path.join(staging, renditionFileName(r)), path.join(renditionsDir, renditionFileName(r)));
    }
    if (fsync) await syncDirectory(fs, renditionsDir);
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
  return renditionsOf(developed, (r) => PhotoFolder.renditionFile(id, r));
}
