import { z } from 'zod';
import { PhotoErrorCodeSchema, PhotoErrorDetailSchema } from '../contract/problems';

export { PhotoErrorCodeSchema, type PhotoErrorCode } from '../contract/problems';

/**
 * A photo imported into a draft: what the file said about itself, what the desk prefilled from
 * it, what was kept or stripped for publication, and the renditions made from it.
 */

export const PhotoIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a photo id is the SHA-256 of its original');

/** Formats Newsdesk reads. HEIC is decoded without libvips (its prebuilt build has no HEVC). */
export const PhotoFormatSchema = z.enum(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heic', 'avif']);
export type PhotoFormat = z.infer<typeof PhotoFormatSchema>;

/** Read from the original's IPTC, XMP and EXIF; absent fields are left out, never guessed. */
export const PhotoMetadataSchema = z.object({
  caption: z.string().optional(),
  creator: z.string().optional(),
  credit: z.string().optional(),
  copyright: z.string().optional(),
  headline: z.string().optional(),
  city: z.string().optional(),
  country: z.string().optional(),
  altText: z.string().optional(),
  /** When the shutter fired, as the camera wrote it: "2021-10-20T21:01:01" (+ offset if known). */
  dateTaken: z.string().optional(),
  camera: z.string().optional(),
  /** The original says where it was taken (EXIF GPS, XMP GPS or an IPTC location with coordinates). */
  hasGps: z.boolean(),
});
export type PhotoMetadata = z.infer<typeof PhotoMetadataSchema>;

/** What the original carried that no rendition does. */
export const StrippedSchema = z.enum([
  'gps',
  'serial_numbers',
  'owner_name',
  'creator_contact',
  'maker_notes',
  'exif',
  'iptc',
  'xmp',
  'icc_profile',
]);
export type Stripped = z.infer<typeof StrippedSchema>;

/** What every rendition carries back, written as XMP. */
export const KeptFieldSchema = z.enum([
  'caption',
  'creator',
  'credit',
  'copyright',
  'alt_text',
  'headline',
  'location',
  'date_taken',
  'camera',
  'gps',
]);
export type KeptField = z.infer<typeof KeptFieldSchema>;

export const RenditionSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.enum(['jpeg', 'webp']),
  /** Relative to the folder holding the record (or the CLI's sidecar). */
  file: z.string().min(1),
  bytes: z.number().int().nonnegative(),
});
export type Rendition = z.infer<typeof RenditionSchema>;

export const PhotoRecordSchema = z.object({
  id: PhotoIdSchema,
  /** The file name it was imported from, e.g. "IMG_0042.HEIC". */
  name: z.string(),
  importedAt: z.iso.datetime({ offset: true }),
  original: z.object({
    /** Relative to the draft's photos/ folder (in a command-line sidecar: the source path). */
    file: z.string().min(1),
    format: PhotoFormatSchema,
    bytes: z.number().int().positive(),
  }),
  /** Upright size (after EXIF orientation). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  metadata: PhotoMetadataSchema,
  /** Prefilled from the metadata; the desk edits them. Renditions carry these, not the originals'. */
  caption: z.string(),
  credit: z.string(),
  copyright: z.string(),
  altText: z.string(),
  /** GPS goes into renditions only when someone chose so for this photo. */
  keepGps: z.boolean(),
  kept: z.array(KeptFieldSchema),
  stripped: z.array(StrippedSchema),
  renditions: z.array(RenditionSchema),
});
export type PhotoRecord = z.infer<typeof PhotoRecordSchema>;

export const PhotoImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** The path it was imported from. */
    source: z.string(),
    record: PhotoRecordSchema,
    /** The same picture was already in this draft: nothing was written. */
    duplicate: z.boolean(),
  }),
  z.object({
    ok: z.literal(false),
    source: z.string(),
    error: z.object({
      code: PhotoErrorCodeSchema,
      detail: PhotoErrorDetailSchema.optional(),
      /** English, for logs and the command line; the UI words the code and detail instead. */
      message: z.string(),
    }),
  }),
]);
export type PhotoImportResult = z.infer<typeof PhotoImportResultSchema>;

export const ImportProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
