import path from 'node:path';
import { PhotoIdSchema, PhotoRecordSchema, type PhotoFormat, type PhotoRecord } from '../../../shared/article/photo';
import { writeFileAtomic, type StoreFs } from '../storage';
import { renditionFileName } from './develop';
import { extensionOf } from './formats';
import { recordText } from './photoRecord';
import type { EncodedRendition } from './renditions';

const RECORD_NAME = /^[0-9a-f]{64}\.json$/;

/**
 * The photos of one draft, beside its DraftFolder files:
 *
 *   photos/originals/<sha256>.<ext>        the original, byte for byte (the draft stays whole
 *                                          when the card is gone); de-duplicated by content
 *   photos/renditions/<sha256>/<width>.jpg upright, sRGB, only the kept metadata
 *   photos/<sha256>.json                   the record; written last, so it marks a finished import
 *
 * Every path into it is built here. The record names its files relative to `photos/`, so a
 * draft folder can move (to the trash and back) without rewriting its records.
 */
export class PhotoFolder {
  readonly dir: string;

  constructor(
    draftDir: string,
    private readonly fs: StoreFs,
    private readonly fsync: boolean,
  ) {
    this.dir = path.join(draftDir, 'photos');
  }

  static originalFile(id: string, format: PhotoFormat): string {
    return `originals/${id}.${extensionOf[format]}`;
  }

  static renditionFile(id: string, rendition: Pick<EncodedRendition, 'width' | 'format'>): string {
    return `renditions/${id}/${renditionFileName(rendition)}`;
  }

  get originalsDir(): string {
    return path.join(this.dir, 'originals');
  }

  renditionsDir(id: string): string {
    return path.join(this.dir, 'renditions', id);
  }

  recordPath(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  /** A file the record names (`originals/…`, `renditions/…`) as a full path. */
  pathOf(file: string): string {
    return path.join(this.dir, file);
  }

  /** Every finished import, oldest first (records of interrupted imports do not exist). */
  async records(): Promise<PhotoRecord[]> {
    const names = await this.fs.readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const records = await Promise.all(
      names.filter((n) => RECORD_NAME.test(n)).map((n) => this.readRecordFile(path.join(this.dir, n))),
    );
    return records
      .filter((r): r is PhotoRecord => r !== undefined)
      .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.name.localeCompare(b.name));
  }

  /** The record of a photo, or undefined if it was never (completely) imported. */
  async record(id: string): Promise<PhotoRecord | undefined> {
    if (!PhotoIdSchema.safeParse(id).success) return undefined; // never a path from outside
    return this.readRecordFile(this.recordPath(id));
  }

  writeRecord(record: PhotoRecord): Promise<void> {
    return writeFileAtomic(this.recordPath(record.id), recordText(record), { fs: this.fs, fsync: this.fsync });
  }

  private async readRecordFile(file: string): Promise<PhotoRecord | undefined> {
    let text: string;
    try {
      text = await this.fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined; // a damaged record is no finished import: the photo is imported again
    }
    const parsed = PhotoRecordSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  }
}
