// Types only: the command line builds its sidecars here too, and loading zod would cost it a
// tenth of a second at start. The service parses what it builds with PhotoRecordSchema.
import type { PhotoRecord, Rendition } from '../../../shared/article/photo';
import type { DevelopedPhoto, Original } from './develop';
import type { EncodedRendition } from './renditions';

/** Where a rendition's file is, as the record names it (relative to the record's folder). */
export type RenditionFileOf = (rendition: EncodedRendition) => string;

/** What the desk may change on an imported photo. */
export type PhotoTextChanges = Partial<Pick<PhotoRecord, 'caption' | 'credit' | 'altText' | 'copyright' | 'keepGps'>>;

// The desk's text is NFC like every text Newsdesk keeps (a Mac or an input method may hand over
// NFD). The metadata reader normalises what it reads too; the record does not rely on that.
const nfc = (text: string) => text.normalize('NFC');

/** The sizes of developed renditions, each named by `fileOf`. */
export function renditionsOf(developed: Pick<DevelopedPhoto, 'renditions'>, fileOf: RenditionFileOf): Rendition[] {
  return developed.renditions.map((r) => ({
    width: r.width,
    height: r.height,
    format: r.format,
    file: fileOf(r),
    bytes: r.data.length,
  }));
}

/**
 * The record of a freshly developed photo: its original, sizes, the words prefilled from its
 * metadata, what was kept and stripped, and its renditions. The drafts store and the command
 * line's sidecars are this same record; only where the files are differs.
 */
export function photoRecordOf(photo: {
  original: Original;
  developed: DevelopedPhoto;
  keepGps: boolean;
  importedAt: Date;
  /** The original as the record names it: the copy in the draft, or the source file. */
  originalFile: string;
  renditionFile: RenditionFileOf;
}): PhotoRecord {
  const { original, developed } = photo;
  return {
    id: original.sha256,
    name: nfc(original.name),
    importedAt: photo.importedAt.toISOString(),
    original: { file: photo.originalFile, format: developed.format, bytes: original.bytes.length },
    width: developed.width,
    height: developed.height,
    metadata: developed.metadata,
    caption: nfc(developed.caption),
    credit: nfc(developed.credit),
    copyright: nfc(developed.copyright),
    altText: nfc(developed.altText),
    keepGps: photo.keepGps,
    kept: developed.kept,
    stripped: developed.stripped,
    renditions: renditionsOf(developed, photo.renditionFile),
  };
}

/** The record with the desk's changes (NFC); what is not given stays. */
export function withDeskChanges(record: PhotoRecord, changes: PhotoTextChanges): PhotoRecord {
  const text = (value: string | undefined, current: string) => (value === undefined ? current : nfc(value));
  return {
    ...record,
    caption: text(changes.caption, record.caption),
    credit: text(changes.credit, record.credit),
    altText: text(changes.altText, record.altText),
    copyright: text(changes.copyright, record.copyright),
    keepGps: changes.keepGps ?? record.keepGps,
  };
}

/**
 * The record once its renditions were made again: only what the files say is taken from that
 * run. The words may have changed meanwhile (then another refresh is already scheduled).
 */
export function withRenditions(
  record: PhotoRecord,
  developed: Pick<DevelopedPhoto, 'kept' | 'stripped'>,
  renditions: Rendition[],
): PhotoRecord {
  return { ...record, kept: developed.kept, stripped: developed.stripped, renditions };
}

/** A record as it is written: indented (people open sidecars), with a final newline. */
export const recordText = (record: PhotoRecord) => `${JSON.stringify(record, null, 2)}\n`;
